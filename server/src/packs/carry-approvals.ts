import { compareVersions, type PackCapability, parseVersion } from '@sprout/shared/catalog/pack';
import type { PackRecord, PackStore } from '../storage/pack-types.ts';

const capabilitiesOf = (pack: PackRecord): Set<PackCapability> =>
  new Set(pack.manifest.components.flatMap((c) => c.capabilities).filter((c) => c !== 'none'));

/**
 * A new version of an approved pack keeps the approvals of the version before it, unless it
 * asks for a capability that version did not have (camera, location): then every approver
 * decides again. Answers the orgs where the approval was carried over.
 */
export async function carryApprovals(packs: PackStore, pack: PackRecord, now: string): Promise<number[]> {
  const version = parseVersion(pack.version);
  if (!version) return [];
  const earlier = (await packs.list())
    .filter((p) => p.name === pack.name && p.id !== pack.id && p.blockedAt === null)
    .filter((p) => compareVersions(parseVersion(p.version)!, version) < 0)
    .sort((a, b) => compareVersions(parseVersion(b.version)!, parseVersion(a.version)!));
  const previous = earlier[0];
  if (!previous) return [];
  const allowed = capabilitiesOf(previous);
  if ([...capabilitiesOf(pack)].some((c) => !allowed.has(c))) return [];
  const orgs = (await packs.approvals(previous.id)).filter((a) => a.withdrawnAt === null).map((a) => a.orgId);
  for (const orgId of orgs) await packs.approve(pack.id, orgId, null, now);
  return orgs;
}
