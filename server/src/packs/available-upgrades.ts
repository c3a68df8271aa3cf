import type { PackUpgrade } from '@sprout/shared/api';
import { compareVersions, diffPacks, parseVersion } from '@sprout/shared/catalog/pack';
import type { PackRecord, PackStore } from '../storage/pack-types.ts';
import { packsForOrg, preferred, previousPins } from './pack-catalog.ts';

// Installed versions passed the manifest check, so each parses.
const isNewer = (a: PackRecord, b: PackRecord) =>
  compareVersions(parseVersion(a.version)!, parseVersion(b.version)!) > 0;

/**
 * The upgrades a builder may apply to an app's draft: for each pack the draft works with
 * (the version chosen by an earlier upgrade, else the one its last published version pins),
 * the newest version approved for the app's org when it is newer, with what would change.
 */
export async function availableUpgrades(
  packs: PackStore,
  app: { id: number; orgId: number; publishedVersion: number | null },
): Promise<PackUpgrade[]> {
  const current = preferred(await packs.chosen(app.id), await previousPins(packs, app));
  const newest = await packsForOrg(packs, app.orgId);
  return current.flatMap((pack) => {
    const next = newest.find((n) => n.name === pack.name);
    if (!next || !isNewer(next, pack)) return [];
    return [{ name: pack.name, ...diffPacks(pack.manifest, next.manifest), ...wordsOf(pack, next) }];
  });
}

/** Component titles and prop labels of both versions, so the builder words the diff, not the keys. */
function wordsOf(...versions: PackRecord[]): Pick<PackUpgrade, 'titles' | 'propLabels'> {
  const titles: PackUpgrade['titles'] = {};
  const propLabels: PackUpgrade['propLabels'] = {};
  for (const v of versions)
    for (const c of v.manifest.components) {
      titles[c.type] = c.title;
      propLabels[c.type] = { ...propLabels[c.type] };
      for (const [name, spec] of Object.entries(c.props)) propLabels[c.type]![name] = spec.label;
    }
  return { titles, propLabels };
}
