import { z } from 'zod';
import { COMPONENT_API_VERSION, type PackManifest } from '../../catalog/pack/manifest.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locale.ts';
import { fail, type Issue, joinPath, ok, type Result } from '../../result.ts';
import { checkPack } from './check-pack.ts';
import { isPackProblem, packProblemText } from './messages.ts';
import { packManifestSchema } from './schema.ts';

export { packManifestSchema, valueShapeSchema } from './schema.ts';

export interface ValidatePackOptions {
  locale?: Locale;
  /** Defaults to the component API this build of Sprout implements. */
  apiVersion?: string;
  /** Types installed packs already provide, with the owning pack's name. */
  takenTypes?: ReadonlyMap<string, string>;
  /** The archive's file paths, so every declared widget module must be present. */
  files?: ReadonlySet<string>;
}

const errorMaps = { 'zh-CN': z.locales.zhCN().localeError, en: z.locales.en().localeError };

/**
 * Checks a `sprout-pack.json`: its shape, then its meaning (namespaced and unique types,
 * rules and export columns that parse against the value's shape, composites made of
 * valid core nodes, the component API range). Every problem comes back with its path.
 * @example
 * const r = validatePackManifest(JSON.parse(text), { locale: 'en' });
 * if (!r.ok) r.issues // [{ path: 'components[0].rules[1].check', message: '…' }]
 */
export function validatePackManifest(doc: unknown, options: ValidatePackOptions = {}): Result<PackManifest> {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const parsed = packManifestSchema.safeParse(doc, { error: errorMaps[locale] });
  if (!parsed.success) {
    const issues: Issue[] = parsed.error.issues.map((i) =>
      isPackProblem(i.message)
        ? {
            path: joinPath(...(i.path as Array<string | number>)),
            message: packProblemText(locale, i.message),
            code: i.message,
          }
        : { path: joinPath(...(i.path as Array<string | number>)), message: i.message, code: i.code },
    );
    return fail(issues);
  }
  const issues = checkPack(parsed.data, {
    locale,
    apiVersion: options.apiVersion ?? COMPONENT_API_VERSION,
    takenTypes: options.takenTypes,
    files: options.files,
  });
  return issues.length > 0 ? fail(issues) : ok(parsed.data);
}
