import type { PackState, PackView } from '@sprout/shared/api';
import type { PackApproval, PackRecord, PackUse } from '../storage/pack-types.ts';
import { packFileUrl, runtimePacks } from './pack-catalog.ts';

export function packState(pack: PackRecord, approvals: readonly PackApproval[]): PackState {
  if (pack.blockedAt) return 'blocked';
  if (pack.incompatibleReason !== null) return 'incompatible';
  if (approvals.some((a) => a.withdrawnAt === null)) return 'approved';
  return approvals.length > 0 ? 'withdrawn' : 'pending';
}

/** One installed pack version as the API shows it, with approvals and uses the caller may see. */
export function packView(pack: PackRecord, approvals: readonly PackApproval[], uses: readonly PackUse[]): PackView {
  const { manifest } = pack;
  return {
    id: pack.id,
    name: pack.name,
    version: pack.version,
    sha256: pack.sha256,
    vendor: manifest.vendor,
    description: manifest.description ?? null,
    componentApi: manifest.componentApi,
    host: manifest.host,
    uploadedAt: pack.uploadedAt,
    trusted: pack.trusted,
    blockedAt: pack.blockedAt,
    blockReason: pack.blockReason ?? pack.incompatibleReason,
    state: packState(pack, approvals),
    capabilities: [...new Set(manifest.components.flatMap((c) => c.capabilities))],
    components: manifest.components.map((c) => ({
      type: c.type,
      title: c.title,
      description: c.description ?? null,
      category: c.category,
      icon: c.icon ?? null,
      kind: c.widget ? 'widget' : 'composite',
      widgetUrl: c.widget ? packFileUrl(pack.sha256, c.widget) : null,
      capabilities: c.capabilities,
      defaultLevel: c.defaultLevel,
      mask: c.mask,
      exportColumns: c.exportColumns ?? [],
    })),
    approvals: approvals.map((a) => ({
      orgId: a.orgId,
      orgName: a.orgName,
      approvedAt: a.approvedAt,
      withdrawnAt: a.withdrawnAt,
    })),
    usedBy: [...uses],
    runtime: runtimePacks([pack])[0] as PackView['runtime'],
  };
}
