import type { Context } from 'hono';
import type { AppDefinition } from '@sprout/shared/definition';
import { validateDefinition } from '@sprout/shared/validate-definition';
import type { AppEnv } from '../http/context.ts';
import { invalid } from '../http/problem.ts';

/** Paths are the definition's own (`pages[0].nodes[3]…`), as the editor marks them. */
export function validDefinition(c: Context<AppEnv>, doc: unknown): AppDefinition {
  const r = validateDefinition(doc, { locale: c.get('locale') });
  if (r.ok) return r.value;
  throw invalid(r.issues.map(({ path, message }) => ({ path, message })));
}
