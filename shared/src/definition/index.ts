export type * from './types.ts';
export { CURRENT_SCHEMA_VERSION } from './schema-version.ts';
export { DEFAULT_SETTINGS, createBlankDefinition } from './defaults.ts';
export { walkNodes, findNode } from './walk-nodes.ts';
export type { NodeVisit } from './walk-nodes.ts';
export { migrateDefinition, MIGRATIONS } from './migrations/index.ts';
export type { MigrationStep } from './migrations/index.ts';
export { renamedKeys } from './renamed-keys.ts';
export type { RenamedKey } from './renamed-keys.ts';
