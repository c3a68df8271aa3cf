import type { AppNode, ClassificationLevel } from '../../definition/types.ts';
import type { MaskRule } from '../../masking/types.ts';
import type { Bilingual, ComponentCategory, PropSpec } from '../prop-spec.ts';
import { WIDGET_API_VERSION } from './widget-api.ts';

/**
 * The shape of a pack component's value: a small subset of JSON Schema, enough to say
 * "a string of 7–8 characters" or "an object with `bank` and `account`". Objects never
 * allow properties they do not list.
 * @example const shape: ValueShape = { type: 'string', minLength: 7, maxLength: 8 };
 */
export type ValueShape =
  | { type: 'string'; minLength?: number; maxLength?: number; pattern?: string; enum?: string[] }
  | { type: 'number' | 'integer'; minimum?: number; maximum?: number }
  | { type: 'boolean' }
  | { type: 'array'; items: ValueShape; minItems?: number; maxItems?: number }
  | { type: 'object'; properties: Record<string, ValueShape>; required?: string[] };

/**
 * A rule over a filled value, in Sprout's expression language. `value` names the value
 * (`value.account` in a composite) and `props` the node's props. A rule with `check`
 * refuses the value when the check does not hold; a rule with `when` refuses it when
 * `when` holds. Empty values are never checked (that is what `required` is for).
 * @example { check: 'LEN(value) >= 7', message: { 'zh-CN': '车牌号太短', en: 'Plate too short' } }
 */
export type PackRule =
  | { check: string; when?: undefined; message: Bilingual }
  | { when: string; check?: undefined; message: Bilingual };

/**
 * One export cell made from a value: `expr` is an expression over `value` (and `props`).
 * @example { key: 'bank', label: { 'zh-CN': '开户行', en: 'Bank' }, expr: 'value.bank' }
 */
export interface PackExportColumn {
  key: string;
  label: Bilingual;
  expr: string;
}

/** What a widget may ask the phone for; a new version asking for more needs approval again. */
export type PackCapability = 'camera' | 'location' | 'none';

/**
 * A component that needs no code: core nodes whose `name`s become the keys of the
 * combined value (`{ bank: '…', account: '…' }`).
 */
export interface PackComposite {
  nodes: AppNode[];
}

interface PackComponentBase {
  /** Namespaced type, unique across the catalog: `acme.plateNumber`. */
  type: string;
  title: Bilingual;
  description?: Bilingual;
  category: ComponentCategory;
  /** A short icon name or a single emoji shown in the palette. */
  icon?: string;
  /** Edited by the generated inspector, exactly like a core component's props. */
  props: Record<string, PropSpec>;
  value: ValueShape;
  rules?: PackRule[];
  defaultLevel: ClassificationLevel;
  mask: MaskRule;
  /** How a value becomes cells; without columns the export holds the value as text. */
  exportColumns?: PackExportColumn[];
  capabilities: PackCapability[];
}

/** A pack component: either a widget module inside the pack or a composite of core nodes. */
export type PackComponent =
  | (PackComponentBase & { widget: string; composite?: undefined })
  | (PackComponentBase & { composite: PackComposite; widget?: undefined });

/**
 * A declarative prop migration a pack version carries: applied when a builder upgrades an
 * app from a version older than `since` to this one.
 * @example { component: 'acme.plateNumber', since: '2.0.0', rename: { newEnergy: 'allowNewEnergy' } }
 */
export interface PackPropMigration {
  component: string;
  since: string;
  rename?: Record<string, string>;
  defaults?: Record<string, unknown>;
}

export interface PackVendor {
  name: string;
  url?: string;
  email?: string;
}

/**
 * `sprout-pack.json`, the whole of what the editor and the server read from a pack.
 * Data only, never functions: reading it runs nothing.
 * @example
 * const manifest: PackManifest = {
 *   name: '@acme/plate-number', version: '1.2.0', vendor: { name: 'Acme' },
 *   componentApi: '^1.0.0', host: { react: '19.1.0' }, components: [ … ],
 * };
 */
export interface PackManifest {
  /** Scoped npm-style name: `@acme/plate-number`. */
  name: string;
  /** Semantic version `MAJOR.MINOR.PATCH`. */
  version: string;
  vendor: PackVendor;
  description?: Bilingual;
  /** The range of Sprout's component API the pack targets, e.g. `^1.0.0`. */
  componentApi: string;
  /** Versions of the host modules (react, the kit) the widgets were built against. */
  host: Record<string, string>;
  components: PackComponent[];
  migrations?: PackPropMigration[];
}

/** The file name of the manifest at the root of a pack archive. */
export const PACK_MANIFEST_FILE = 'sprout-pack.json';

/** The component API version this Sprout implements (the widget API's); packs declare a range over it. */
export const COMPONENT_API_VERSION = WIDGET_API_VERSION;
