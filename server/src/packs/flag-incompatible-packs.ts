import { COMPONENT_API_VERSION, hostIncompatibility, satisfiesRange } from '@sprout/shared/catalog/pack';
import type { PackManifest } from '@sprout/shared/catalog/pack';
import type { PackStore } from '../storage/pack-types.ts';

/** Why a pack cannot run on this Sprout, or null when its component API range and host versions fit. */
export function incompatibility(manifest: PackManifest): string | null {
  if (!satisfiesRange(COMPONENT_API_VERSION, manifest.componentApi))
    return `组件接口 ${manifest.componentApi} 与本平台 ${COMPONENT_API_VERSION} 不兼容 (component API mismatch)`;
  const host = hostIncompatibility(manifest.host);
  return host ? `宿主版本不兼容 (${host})` : null;
}

/**
 * Checks every installed pack against this Sprout once at startup (install refuses an
 * incompatible pack outright), so an upgrade of Sprout blocks the packs it no longer fits
 * with the reason, and reads only look at the stored flag. Answers the names flagged now.
 */
export async function flagIncompatiblePacks(packs: PackStore): Promise<string[]> {
  const flagged: string[] = [];
  for (const pack of await packs.list()) {
    const reason = incompatibility(pack.manifest);
    if (reason === pack.incompatibleReason) continue;
    await packs.flagIncompatible(pack.id, reason);
    if (reason) flagged.push(`${pack.name}@${pack.version}: ${reason}`);
  }
  return flagged;
}
