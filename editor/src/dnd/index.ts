export { BuilderDnd } from './BuilderDnd.tsx';
export { useEndZone, useNodeDnd, usePageDrop, usePaletteDrag } from './hooks.ts';
