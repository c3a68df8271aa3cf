import type { AppDefinition } from '@sprout/shared/definition';
import { type MaskPlan, maskPlan, mergeMaskPlans } from '@sprout/shared/masking';
import { catalogOf, preferred } from '../packs/pack-catalog.ts';
import type { PackStore } from '../storage/pack-types.ts';
import type { AppStore } from '../storage/types.ts';

/** What masking reads: the app's versions and the pack versions each one pins. */
export interface MaskPlanSources {
  apps: Pick<AppStore, 'versions'>;
  packs: Pick<PackStore, 'pinned' | 'chosen'>;
}

/**
 * How an app's answers are masked: every published version's plan merged (a field masked
 * in any version stays masked), plus the draft's when given, since rows of old versions
 * show beside new ones. Each version reads the catalog of the packs it pins, so a pack
 * field is masked by its manifest's own rule (a plate keeps its province), not withheld.
 */
export async function appMaskPlan(sources: MaskPlanSources, appId: number, draft?: AppDefinition): Promise<MaskPlan> {
  const versions = await sources.apps.versions(appId);
  const pinsByVersion = await Promise.all(versions.map((v) => sources.packs.pinned(appId, v.version)));
  const plans = versions.map((v, i) => maskPlan(v.definition, catalogOf(pinsByVersion[i] ?? [])));
  if (draft) {
    // The draft reads the versions the builder chose by upgrades, else the newest pinned ones.
    const draftPacks = preferred(await sources.packs.chosen(appId), ...pinsByVersion);
    plans.push(maskPlan(draft, catalogOf(draftPacks)));
  }
  return mergeMaskPlans(plans);
}

/** Plans by app id for answers that mix apps (the review queue), each computed once per request. */
export function createMaskPlanCache(sources: MaskPlanSources) {
  const plans = new Map<number, Promise<MaskPlan>>();
  return (appId: number): Promise<MaskPlan> => {
    const known = plans.get(appId);
    if (known) return known;
    const plan = appMaskPlan(sources, appId);
    plans.set(appId, plan);
    return plan;
  };
}
