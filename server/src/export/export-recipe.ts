import { coreCatalog } from '@sprout/shared/catalog';
import type { AppDefinition } from '@sprout/shared/definition';
import { type MaskPlan, maskAnswer } from '@sprout/shared/masking';
import { type ExportField, type ExportLayout, type ExportLayoutOptions, exportLayout } from './columns.ts';

/**
 * Everything an export's layout is made from, as plain data another thread can receive:
 * a worker rebuilds the same layout from it. Pack components are code, so a layout with
 * pack columns is never rebuilt elsewhere (see `rebuildsAlike`).
 */
export interface ExportRecipe {
  definition: AppDefinition;
  options: Pick<ExportLayoutOptions, 'locale' | 'timeZone' | 'audience' | 'columns'>;
  /** The mask plan for callers without `sensitive:read`; null when they may read everything. */
  maskPlan: MaskPlan | null;
}

/** The layout of a recipe, with the core catalog unless the caller gives the app's own. */
export function layoutOf(recipe: ExportRecipe, catalog = coreCatalog): ExportLayout {
  const { maskPlan } = recipe;
  return exportLayout(recipe.definition, {
    ...recipe.options,
    catalog,
    ...(maskPlan ? { mask: (field: string, value: unknown) => maskAnswer(field, value, maskPlan) } : {}),
  });
}

/** Whether a worker, which knows only the core catalog, would lay the export out as `layout` does. */
export function rebuildsAlike(recipe: ExportRecipe, layout: ExportLayout): boolean {
  const core = layoutOf(recipe);
  return (
    !hasPack(layout.fields) &&
    core.headers.join('\n') === layout.headers.join('\n') &&
    shapeOf(core.fields) === shapeOf(layout.fields)
  );
}

const hasPack = (fields: readonly ExportField[]): boolean => fields.some((f) => f.pack || hasPack(f.children ?? []));

// Names and kinds down through repeat groups: a pack question inside a group would be missing in the core catalog's.
const shapeOf = (fields: readonly ExportField[]): string =>
  fields.map((f) => `${f.name}:${f.kind}(${shapeOf(f.children ?? [])})`).join(',');
