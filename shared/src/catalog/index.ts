export type {
  Bilingual,
  ComponentCategory,
  ComponentManifest,
  FieldProblem,
  PackSource,
  PropSpec,
  ValueKind,
} from './types.ts';
export { createCatalog, coreCatalog } from './catalog.ts';
export type { Catalog } from './catalog.ts';
export { CORE_MANIFESTS } from './core/index.ts';
export { withDefaults, optionValues } from './props.ts';
export { acceptsType, isFileRef, MAX_SIGNATURE_LENGTH } from './core/media.ts';
export type { FileRef } from './core/media.ts';
export { regionCodeLength } from './core/china.ts';
export * from './pack/index.ts';
export type { MaskRule } from '../masking/types.ts';
