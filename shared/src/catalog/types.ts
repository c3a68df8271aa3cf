import type { ClassificationLevel } from '../definition/types.ts';
import type { ExprType } from '../expr/expr-type.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { MaskRule } from '../masking/mask-rule.ts';
import type { PackComponent } from './pack/manifest.ts';
import type { Bilingual, ComponentCategory, PropSpec } from './prop-spec.ts';

export type { Bilingual, ComponentCategory, PropSpec } from './prop-spec.ts';

/** What an input stores, so exports, masking and expressions know what they hold. */
export type ValueKind =
  | 'string'
  | 'number'
  | 'boolean'
  | 'date'
  | 'time'
  | 'string-list'
  | 'file-list'
  | 'location'
  | 'address'
  | 'records'
  /** A pack component's structured value, e.g. a composite's `{ bank, account }`. */
  | 'object'
  | 'none';

export interface FieldProblem {
  code: MessageKey;
  params?: Record<string, string | number | undefined>;
}

export interface ValidateContext {
  /** Decides whether a region code is deep enough; the server may also check that it exists. */
  props: Record<string, unknown>;
}

/**
 * A catalog entry: metadata only, plus pure functions the server reuses. Vendors
 * write the same shape (see docs/definition-format.md).
 * @example coreCatalog.get('idNumber')?.validate?.('11010519491231002X', {}) // null
 */
export interface ComponentManifest {
  type: string;
  category: ComponentCategory;
  label: Bilingual;
  /** input: holds a value under `name`; container: holds child nodes; display: shows content. */
  role: 'input' | 'container' | 'display';
  valueKind: ValueKind;
  /** The type formulas see for this field; may depend on props (e.g. a repeat's children). */
  exprType: ExprType;
  props: Record<string, PropSpec>;
  defaultLevel: ClassificationLevel;
  /** How the value is masked at L3/L4 for officials without `sensitive:read`; a default by `valueKind` when absent. */
  mask?: MaskRule;
  /** For a repeat group: it is both a container and an input holding a list of rows. */
  repeats?: boolean;
  /** Brings a raw value into its canonical form (trim, upper-case, numeric text → number). */
  normalize?: (value: unknown, props: Record<string, unknown>) => unknown;
  /** Checks a non-empty, normalized value; returns the problem or null. */
  validate?: (value: unknown, props: Record<string, unknown>) => FieldProblem | null;
  /** Version of a vendor component, for the catalog's compatibility checks. */
  version?: string;
  vendor?: string;
  /** For a pack component: the pack it comes from and its declarative entry (mask, export columns, widget or composite). */
  pack?: PackSource;
}

/** Where a pack component in a catalog comes from. */
export interface PackSource {
  name: string;
  version: string;
  component: PackComponent;
  /** Content hash of the archive, when the catalog was built from pinned packs. */
  sha256?: string;
}
