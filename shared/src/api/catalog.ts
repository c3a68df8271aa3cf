import type { MaskRule } from '../masking/types.ts';
import type { PackCapability, PackExportColumn, PackVendor } from '../catalog/pack/manifest.ts';
import type { PackDiff } from '../catalog/pack/diff-packs.ts';
import type { RuntimePack } from '../catalog/pack/pinned.ts';
import type { Bilingual, ComponentCategory } from '../catalog/types.ts';
import type { ClassificationLevel } from '../definition/types.ts';

/** Where a pack version stands for the caller (组件中台). */
export type PackState = 'pending' | 'approved' | 'withdrawn' | 'blocked' | 'incompatible';

/** One component of an installed pack, as the console lists it. */
export interface PackComponentView {
  type: string;
  title: Bilingual;
  description: Bilingual | null;
  category: ComponentCategory;
  icon: string | null;
  kind: 'widget' | 'composite';
  widgetUrl: string | null;
  capabilities: PackCapability[];
  defaultLevel: ClassificationLevel;
  mask: MaskRule;
  exportColumns: PackExportColumn[];
}

/** `GET /catalog/packs` items and the answer of every pack action: one installed pack version. */
export interface PackView {
  id: number;
  name: string;
  version: string;
  sha256: string;
  vendor: PackVendor;
  description: Bilingual | null;
  componentApi: string;
  host: Record<string, string>;
  uploadedAt: string;
  trusted: boolean;
  blockedAt: string | null;
  blockReason: string | null;
  state: PackState;
  capabilities: PackCapability[];
  components: PackComponentView[];
  /** Approvals in the caller's subtree and above it. */
  approvals: Array<{ orgId: number; orgName: string; approvedAt: string; withdrawnAt: string | null }>;
  /** Apps in the caller's subtree whose published versions pin this pack version. */
  usedBy: Array<{ appId: number; orgId: number; slug: string; title: string; version: number }>;
  /** The pack as the runtime would receive it, for the console's live preview. */
  runtime: RuntimePack;
}

/** `GET /apps/:id/pack-upgrades` items: a newer approved version of a pack the app's draft uses, and what changes. */
export interface PackUpgrade extends PackDiff {
  name: string;
  /** Component titles by type, from both versions, to word the diff. */
  titles: Record<string, Bilingual>;
  /** Prop labels by component type and prop name, from both versions. */
  propLabels: Record<string, Record<string, Bilingual>>;
}

/** `POST /apps/:id/pack-upgrades`: the draft's new revision and what the upgrade changed. */
export interface PackUpgradeResult {
  revision: number;
  diff: PackDiff | null;
}

/** `GET /catalog` and `GET /apps/:id/catalog`: the packs the editor may offer, as the runtime loads them. */
export interface RuntimeCatalog {
  packs: RuntimePack[];
}
