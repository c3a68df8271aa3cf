import type { ComponentManifest, ValueKind } from '../catalog/types.ts';
import type { AppNode, ClassificationLevel } from '../definition/types.ts';
import type { MaskRule } from './mask-rule.ts';

/** Rules for manifests that declare none (older vendor manifests), by what the value holds. */
const BY_VALUE_KIND: Record<ValueKind, MaskRule> = {
  string: { kind: 'keep', start: 1, end: 1 },
  number: { kind: 'withhold' },
  boolean: { kind: 'withhold' },
  date: { kind: 'keep', start: 4, end: 0 },
  time: { kind: 'withhold' },
  'string-list': { kind: 'keep', start: 1, end: 0 },
  'file-list': { kind: 'withhold' },
  location: { kind: 'withhold' },
  address: { kind: 'address' },
  records: { kind: 'withhold' },
  object: { kind: 'withhold' },
  none: { kind: 'none' },
};

/**
 * The rule that masks a node's value: its manifest's own `mask`, else a default by value kind.
 * @example maskRuleFor(coreCatalog.get('phone'), node) // { kind: 'phone' }
 */
export function maskRuleFor(manifest: ComponentManifest | undefined, _node?: AppNode): MaskRule {
  if (!manifest) return { kind: 'withhold' };
  return manifest.mask ?? BY_VALUE_KIND[manifest.valueKind];
}

/** The level a node's value is classified at: its own override, else its component's default. */
export function levelOf(manifest: ComponentManifest | undefined, node: AppNode): ClassificationLevel {
  return node.level ?? manifest?.defaultLevel ?? 'L4';
}

/**
 * What actually applies at a level: L1/L2 are shown as is, L3 by the rule, and L4 by
 * the rule too except that a rule showing everything withholds instead.
 * @example effectiveMaskRule('L4', { kind: 'none' }) // { kind: 'withhold' }
 */
export function effectiveMaskRule(level: ClassificationLevel, rule: MaskRule): MaskRule {
  if (level === 'L1' || level === 'L2') return { kind: 'none' };
  if (level === 'L4' && rule.kind === 'none') return { kind: 'withhold' };
  return rule;
}

/** Whether a level's values are personal data that masking and read audits cover. */
export const isSensitiveLevel = (level: ClassificationLevel) => level === 'L3' || level === 'L4';
