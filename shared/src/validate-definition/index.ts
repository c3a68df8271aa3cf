import { consentTextProblem } from '../submission/consent.ts';
import { z } from 'zod';
import type { Catalog } from '../catalog/catalog.ts';
import { coreCatalog } from '../catalog/catalog.ts';
import { migrateDefinition } from '../definition/migrations/index.ts';
import type { AppDefinition } from '../definition/types.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.ts';
import { fail, type Issue, joinPath, ok, type Result } from '../result.ts';
import { checkSemantics } from './check-semantics.ts';
import { findUnreachableOutcomes } from './unreachable-outcomes.ts';
import { appDefinitionSchema } from './schema.ts';

export { appDefinitionSchema } from './schema.ts';
export type { ShadowReason, UnreachableOutcome } from './unreachable-outcomes.ts';
export { findUnreachableOutcomes } from './unreachable-outcomes.ts';
export { definitionWarnings } from './warnings.ts';
export type { DefinitionWarning } from './warnings.ts';

export interface ValidateDefinitionOptions {
  catalog?: Catalog;
  locale?: Locale;
}

const errorMaps = { 'zh-CN': z.locales.zhCN().localeError, en: z.locales.en().localeError };

/**
 * Migrates, then checks a definition's shape and meaning. Every problem comes back
 * at once, each with its path, so an editor can mark them all.
 * @example
 * const r = validateDefinition(json, { locale: 'en' });
 * if (!r.ok) r.issues // [{ path: 'pages[0].nodes[3].props.options[2].value', message: '…' }]
 */
export function validateDefinition(doc: unknown, options: ValidateDefinitionOptions = {}): Result<AppDefinition> {
  return checkDefinition(doc, options, false);
}

/**
 * What publishing needs beyond a valid draft: every outcome rule can apply. Drafts skip
 * this so an official may add a rule and move it into place between two saves; the
 * server's publish and the editor's publish checks both call this.
 * @example validateForPublish(draft).ok // false when a catch-all comes before other rules
 */
export function validateForPublish(doc: unknown, options: ValidateDefinitionOptions = {}): Result<AppDefinition> {
  return checkDefinition(doc, options, true);
}

function checkDefinition(doc: unknown, options: ValidateDefinitionOptions, forPublish: boolean): Result<AppDefinition> {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const migrated = migrateDefinition(doc);
  if (!migrated.ok) return migrated;
  const parsed = appDefinitionSchema.safeParse(migrated.value, { error: errorMaps[locale] });
  if (!parsed.success) {
    const issues: Issue[] = parsed.error.issues.map((i) => ({
      path: joinPath(...(i.path as Array<string | number>)),
      message: i.message,
      code: i.code,
    }));
    return fail(issues);
  }
  const issues = checkSemantics(parsed.data, options.catalog ?? coreCatalog, locale);
  if (forPublish) {
    const unreachable = findUnreachableOutcomes(parsed.data.outcomes, locale);
    issues.push(...unreachable.map(({ path, message, code }) => ({ path, message, code })));
    // 个人信息保护法: sensitive personal information needs separate consent, so its text is required.
    const consent = consentTextProblem(parsed.data, options.catalog ?? coreCatalog, locale);
    if (consent) issues.push({ ...consent, code: 'consent-missing' });
  }
  return issues.length > 0 ? fail(issues) : ok(parsed.data);
}
export { packManifestSchema, validatePackManifest, valueShapeSchema } from './pack/index.ts';
export type { ValidatePackOptions } from './pack/index.ts';
