import { type Catalog, coreCatalog } from '@sprout/shared/catalog';
import type { AppDefinition } from '@sprout/shared/definition';
import { type MaskPlan, maskPlan, mergeMaskPlans } from '@sprout/shared/masking';
import type { AppStore } from '../storage/types.ts';

/**
 * How an app's answers are masked: every published version's plan merged (a field masked
 * in any version stays masked), plus the draft's when given, since rows of old versions
 * show beside new ones.
 */
export async function appMaskPlan(
  apps: Pick<AppStore, 'versions'>,
  appId: number,
  draft?: AppDefinition,
  catalog: Catalog = coreCatalog,
): Promise<MaskPlan> {
  const versions = await apps.versions(appId);
  const definitions = [...versions.map((v) => v.definition), ...(draft ? [draft] : [])];
  return mergeMaskPlans(definitions.map((d) => maskPlan(d, catalog)));
}

/** Plans by app id for answers that mix apps (the review queue), each computed once per request. */
export function createMaskPlanCache(apps: Pick<AppStore, 'versions'>) {
  const plans = new Map<number, Promise<MaskPlan>>();
  return (appId: number): Promise<MaskPlan> => {
    const known = plans.get(appId);
    if (known) return known;
    const plan = appMaskPlan(apps, appId);
    plans.set(appId, plan);
    return plan;
  };
}
