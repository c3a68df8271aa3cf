import type { Catalog } from '@sprout/shared/catalog';
import type { AppDefinition } from '@sprout/shared/definition';
import type { Locale } from '@sprout/shared/i18n';
import { type MaskPlan, maskAnswer } from '@sprout/shared/masking';
import { type ExportLayout, exportLayout } from './columns.ts';

/**
 * What an export's layout is made from besides the definition and the catalog, as plain
 * data: a worker thread receives it as a message (a mask function or a catalog's
 * manifests, which hold functions, could not be sent) and makes the same layout.
 */
export interface LayoutSpec {
  locale: Locale;
  timeZone: string;
  audience: 'people' | 'machines';
  /** The caller's mask plan when they may not read L3/L4 answers; null when they may. */
  maskPlan: MaskPlan | null;
  /** The answers the official chose; all when absent. */
  columns?: string[];
}

/** The layout of an export by its spec: the route's and an export worker's are the same by construction. */
export function layoutOf(definition: AppDefinition, spec: LayoutSpec, catalog: Catalog): ExportLayout {
  const { maskPlan, columns } = spec;
  const mask = maskPlan ? (field: string, value: unknown) => maskAnswer(field, value, maskPlan) : undefined;
  return exportLayout(definition, {
    locale: spec.locale,
    timeZone: spec.timeZone,
    audience: spec.audience,
    catalog,
    ...(mask ? { mask } : {}),
    ...(columns ? { columns } : {}),
  });
}
