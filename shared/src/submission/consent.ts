import type { Catalog } from '../catalog/catalog.ts';
import { walkNodes } from '../definition/walk-nodes.ts';
import type { AppDefinition } from '../definition/types.ts';
import type { LocalizedText } from '../i18n/locale.ts';

const hasText = (text: LocalizedText | undefined) =>
  typeof text === 'string' ? text.trim() !== '' : Object.values(text ?? {}).some((t) => t.trim() !== '');

/**
 * Whether residents must tick "我已阅读并同意" before submitting: the app has consent text.
 * @example needsConsent(def) // true when settings.consentText is set
 */
export function needsConsent(def: AppDefinition): boolean {
  return hasText(def.settings.consentText);
}

/** Whether the app collects an L4 (sensitive personal information) field. */
export function collectsSensitive(def: AppDefinition, catalog: Catalog): boolean {
  let found = false;
  walkNodes(def, ({ node }) => {
    const m = catalog.get(node.type);
    if (!found && node.name && (m?.role === 'input' || m?.repeats) && (node.level ?? m.defaultLevel) === 'L4')
      found = true;
  });
  return found;
}

/**
 * Publishing refuses an app that collects L4 fields without consent text (个人信息保护法:
 * separate consent for sensitive personal information). Answers the issue, or null.
 */
export function consentTextProblem(
  def: AppDefinition,
  catalog: Catalog,
  locale: 'zh-CN' | 'en' = 'zh-CN',
): { path: string; message: string } | null {
  if (!collectsSensitive(def, catalog) || needsConsent(def)) return null;
  const message =
    locale === 'en'
      ? 'This app collects sensitive (L4) fields: write the consent text residents must agree to'
      : '此应用收集敏感个人信息（L4），请填写群众需同意的告知同意书';
  return { path: 'settings.consentText', message };
}

/**
 * The consent version a submission must carry: the app version whose consent text the
 * resident agreed to, i.e. the version they filled. Undefined when no consent is needed.
 */
export function expectedConsentVersion(def: AppDefinition, version: number): number | undefined {
  return needsConsent(def) ? version : undefined;
}
