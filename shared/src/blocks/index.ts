export type { BlockChange } from './block-diff.ts';
export { blockDiff } from './block-diff.ts';
