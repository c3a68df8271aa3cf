/** The vocabulary core manifests and vendor packs share: bilingual titles, categories and prop kinds. */
export type Bilingual = { 'zh-CN': string; en: string };

/** How the inspector edits a prop, and what the definition validator accepts for it. */
export type PropSpec =
  | { kind: 'text'; label: Bilingual; default?: string; localized?: boolean; multiline?: boolean; required?: boolean }
  | { kind: 'number'; label: Bilingual; default?: number; min?: number; max?: number; integer?: boolean }
  | { kind: 'boolean'; label: Bilingual; default?: boolean }
  | { kind: 'enum'; label: Bilingual; values: Array<{ value: string; label: Bilingual }>; default?: string }
  /** A list of `{ value, label }` choices; values must be unique and non-empty. */
  | { kind: 'options'; label: Bilingual; default?: Array<{ value: string; label: string }>; minItems?: number }
  | { kind: 'string-list'; label: Bilingual; default?: string[] };

export type ComponentCategory = 'basic' | 'choice' | 'china' | 'media' | 'layout' | 'display';
