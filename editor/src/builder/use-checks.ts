import { useI18n } from '../i18n/index.tsx';
import { useEditor } from '../store/index.ts';
import { type Checks, checkDefinition } from './checks.ts';

/** Reads the current definition's checks (computed once per definition and locale). */
export function useChecks<T>(select: (checks: Checks) => T): T {
  const { locale } = useI18n();
  return useEditor((s) => select(checkDefinition(s.definition, locale, s.catalog)));
}
