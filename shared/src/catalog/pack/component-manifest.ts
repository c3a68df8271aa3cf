import { isEmpty, isPlainRecord } from '../../expr/values.ts';
import { withDefaults } from '../props.ts';
import type { ComponentManifest } from '../types.ts';
import { checkPackRules } from './check-pack-rules.ts';
import { checkValueShape } from './check-value-shape.ts';
import { checkCompositeParts, normalizeCompositeValue } from './composite-parts.ts';
import type { PackComponent, ValueShape } from './manifest.ts';
import { exprTypeOfShape, valueKindOfShape } from './value-expr-type.ts';

export interface PackOrigin {
  name: string;
  version: string;
  sha256?: string;
}

/**
 * Turns a pack component's declarative entry into a catalog manifest whose `normalize` and
 * `validate` run only shared code: the value shape, then composite parts, then the rules.
 * Nothing a vendor ships is executed.
 * @example manifestOfPackComponent({ name: '@acme/bank', version: '1.0.0' }, bankAccount).validate?.(value, {})
 */
export function manifestOfPackComponent(origin: PackOrigin, component: PackComponent): ComponentManifest {
  const composite = component.composite;
  return {
    type: component.type,
    category: component.category,
    label: component.title,
    role: 'input',
    valueKind: valueKindOfShape(component.value),
    exprType: exprTypeOfShape(component.value),
    props: component.props,
    defaultLevel: component.defaultLevel,
    // The vendor's declared masking: the server masks pack values from this data alone.
    mask: component.mask,
    version: origin.version,
    vendor: origin.name,
    pack: { ...origin, component },
    normalize: (value) => {
      const trimmed = trimStrings(value, component.value);
      const normalized = composite ? normalizeCompositeValue(trimmed, composite.nodes) : trimmed;
      return isBlankRecord(normalized) ? undefined : normalized;
    },
    validate: (value, props) =>
      checkValueShape(value, component.value) ??
      (composite ? checkCompositeParts(value, composite.nodes) : null) ??
      checkPackRules(value, component.rules ?? [], withDefaults(component.props, props)),
  };
}

// A composite nobody filled (`{ bank: '', account: '' }`) is an empty answer, so "required" speaks.
function isBlankRecord(value: unknown): boolean {
  return isPlainRecord(value) && Object.values(value).every(isEmpty);
}

// Residents' phones add stray spaces; a declared string is compared without them.
function trimStrings(value: unknown, shape: ValueShape): unknown {
  if (shape.type === 'string' && typeof value === 'string') return value.trim();
  if (shape.type === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const inner = Object.hasOwn(shape.properties, k) ? shape.properties[k] : undefined;
      out[k] = inner ? trimStrings(v, inner) : v;
    }
    return out;
  }
  return value;
}
