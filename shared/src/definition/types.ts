import type { LocalizedText } from '../i18n/locale.ts';

/** 分类分级: L1 public … L4 sensitive personal information. Decides masking, export and audit. */
export type ClassificationLevel = 'L1' | 'L2' | 'L3' | 'L4';

/** A built-in rule or an expression that must hold, with the message shown when it does not. */
export type ValidationRule =
  | { kind: 'min' | 'max' | 'minLength' | 'maxLength'; value: number; message?: LocalizedText }
  | { kind: 'pattern'; value: string; message?: LocalizedText }
  | { kind: 'expr'; expr: string; message: LocalizedText };

/** One node of a page: an input field, a layout container, or display content. */
export interface AppNode {
  /** Stable id, unique across the definition; the editor's selection and error paths use it. */
  id: string;
  /** A component type from the catalog, e.g. `text`, `idNumber`, `repeat`. */
  type: string;
  /** The data key of an input node (and of a repeat group), unique in its scope. */
  name?: string;
  props?: Record<string, unknown>;
  /** Overrides the component's default classification level for this field. */
  level?: ClassificationLevel;
  required?: boolean;
  visibleWhen?: string;
  requiredWhen?: string;
  readOnlyWhen?: string;
  validations?: ValidationRule[];
  /** Child nodes of a section or repeat group. */
  children?: AppNode[];
  /** Where an inserted block came from (on the block's root node), so a newer version can be offered. */
  block?: BlockRef;
}

/** Provenance of a block copied into an app: the library block and the version copied. */
export interface BlockRef {
  id: number;
  version: number;
  name: string;
}

export interface Page {
  id: string;
  title?: LocalizedText;
  /** A page shown only when this holds; hidden pages are skipped and their fields dropped. */
  visibleWhen?: string;
  nodes: AppNode[];
}

/** A named value derived from answers, e.g. `age` from the ID number. */
export interface ComputedValue {
  name: string;
  expr: string;
  label?: LocalizedText;
}

export type OutcomeColor = 'green' | 'yellow' | 'red' | 'blue' | 'gray';

export interface OutcomeResult {
  code: string;
  label: LocalizedText;
  color?: OutcomeColor;
  description?: LocalizedText;
  /** Said to the resident with the result, e.g. what a red code means and where to go next. */
  message?: LocalizedText;
}

/** An ordered rule: the first outcome whose `when` holds (or that has none) gives the result. */
export interface OutcomeRule {
  when?: string;
  result: OutcomeResult;
}

export type RetentionAction = 'delete' | 'anonymize';

export type SubmitterKind = 'anyone' | 'signed-in';
export type OncePer = 'none' | 'device' | 'account' | 'field';

export interface AppSettings {
  /** Who may submit: anyone with the link, or signed-in users only. */
  submitters: SubmitterKind;
  /**
   * With `signed-in`: the org division codes whose officials (with their subtrees) may
   * submit. Absent or empty: the app's own org and its subtree.
   */
  submitterOrgs?: string[];
  /** Whether the submitter's identity is kept with the submission. */
  anonymous: boolean;
  /** One submission per device, per account or per value of a field (e.g. the ID number). */
  oncePer: OncePer;
  onceField?: string;
  /** `displayFields`: data keys of the answers the review queue shows at a glance, in this order. */
  review: { required: boolean; timeLimitDays?: number; displayFields?: string[] };
  resultCode: {
    issue: boolean;
    validHours?: number;
    /** The field hashed into the code's pseudonymous subject, e.g. `idNumber`. */
    subjectField?: string;
    /** The field shown masked on the code, e.g. `name` → 张*三. */
    displayNameField?: string;
  };
  retentionDays: number;
  /**
   * What the daily retention job does with submissions older than `retentionDays`:
   * `delete` them (the default) or `anonymize` them, keeping only L1/L2 answers.
   */
  retentionAction?: RetentionAction;
  /** Shown before submitting; a published app with L4 fields must have it, and residents must agree to it. */
  consentText?: LocalizedText;
}

export interface AppMeta {
  title: LocalizedText;
  description?: LocalizedText;
  icon?: string;
}

/** The whole app: what the editor emits, the runtime renders and the server enforces. */
export interface AppDefinition {
  schemaVersion: number;
  meta: AppMeta;
  pages: Page[];
  computed?: ComputedValue[];
  outcomes?: OutcomeRule[];
  settings: AppSettings;
}
