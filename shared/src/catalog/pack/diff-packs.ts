import type { ClassificationLevel } from '../../definition/types.ts';
import type { PackCapability, PackComponent, PackManifest, PackPropMigration } from './manifest.ts';
import { compareVersions, parseVersion } from './semver.ts';

/** What changed in one component between two versions of a pack. */
export interface ComponentChange {
  type: string;
  propsAdded: string[];
  propsRemoved: string[];
  /** Props whose spec (kind, default, values) changed. */
  propsChanged: string[];
  valueShapeChanged: boolean;
  rulesChanged: boolean;
  exportColumnsChanged: boolean;
  capabilitiesAdded: PackCapability[];
  /** The default data level (分级), when it changed. */
  levelChanged: { from: ClassificationLevel; to: ClassificationLevel } | null;
  /** Whether the masking rule (脱敏) changed. */
  maskChanged: boolean;
}

/** What a builder sees before upgrading an app from one pack version to another. */
export interface PackDiff {
  from: string;
  to: string;
  componentsAdded: string[];
  componentsRemoved: string[];
  componentsChanged: ComponentChange[];
  /** Prop renames and defaults the new version carries for apps coming from `from`. */
  migrations: PackPropMigration[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function diffComponent(before: PackComponent, after: PackComponent): ComponentChange | undefined {
  const beforeProps = Object.keys(before.props);
  const afterProps = Object.keys(after.props);
  const change: ComponentChange = {
    type: after.type,
    propsAdded: afterProps.filter((p) => !beforeProps.includes(p)),
    propsRemoved: beforeProps.filter((p) => !afterProps.includes(p)),
    propsChanged: afterProps.filter((p) => beforeProps.includes(p) && !same(before.props[p], after.props[p])),
    valueShapeChanged: !same(before.value, after.value),
    rulesChanged: !same(before.rules ?? [], after.rules ?? []),
    exportColumnsChanged: !same(before.exportColumns ?? [], after.exportColumns ?? []),
    capabilitiesAdded: after.capabilities.filter((c) => c !== 'none' && !before.capabilities.includes(c)),
    levelChanged:
      before.defaultLevel === after.defaultLevel ? null : { from: before.defaultLevel, to: after.defaultLevel },
    maskChanged: !same(before.mask, after.mask),
  };
  const changed =
    change.propsAdded.length + change.propsRemoved.length + change.propsChanged.length > 0 ||
    change.valueShapeChanged ||
    change.rulesChanged ||
    change.exportColumnsChanged ||
    change.capabilitiesAdded.length > 0 ||
    change.levelChanged !== null ||
    change.maskChanged;
  return changed ? change : undefined;
}

/**
 * What upgrading from one version of a pack to another changes: components added or
 * removed, props, value shape, rules, export columns, capabilities, data level and masking
 * per component, and
 * the declarative prop migrations the new version carries for this upgrade.
 * @example diffPacks(v1, v2).componentsChanged[0]?.propsAdded // ['allowNewEnergy']
 */
export function diffPacks(before: PackManifest, after: PackManifest): PackDiff {
  const beforeTypes = new Map(before.components.map((c) => [c.type, c]));
  const afterTypes = new Map(after.components.map((c) => [c.type, c]));
  const componentsChanged: ComponentChange[] = [];
  for (const [type, component] of afterTypes) {
    const old = beforeTypes.get(type);
    const change = old ? diffComponent(old, component) : undefined;
    if (change) componentsChanged.push(change);
  }
  return {
    from: before.version,
    to: after.version,
    componentsAdded: [...afterTypes.keys()].filter((t) => !beforeTypes.has(t)),
    componentsRemoved: [...beforeTypes.keys()].filter((t) => !afterTypes.has(t)),
    componentsChanged,
    migrations: (after.migrations ?? []).filter((m) => isAfter(m.since, before.version)),
  };
}

// A migration `since` 2.0.0 applies to apps coming from any version before 2.0.0.
function isAfter(since: string, from: string): boolean {
  const a = parseVersion(since);
  const b = parseVersion(from);
  return a !== undefined && b !== undefined && compareVersions(a, b) > 0;
}
