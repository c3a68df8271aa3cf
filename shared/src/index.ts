/**
 * The lean entry: everything the resident page needs without the definition
 * validator's zod. Import `@sprout/shared/validate-definition` for that.
 */
export * from './definition/index.ts';
export * from './catalog/index.ts';
export * from './expr/index.ts';
export * from './submission/index.ts';
export * from './validators/index.ts';
export * from './i18n/index.ts';
export * from './result.ts';
export { chainEnv, fieldTypes, nodeExprType, topLevelTypes } from './definition/type-env.ts';
export * from './review/index.ts';
export * from './masking/index.ts';
