export { BuilderDnd } from './BuilderDnd.tsx';
export { useEndZone, useNodeDnd, usePageDrop, usePaletteDrag } from './hooks.ts';
export { SortableRows } from './SortableRows.tsx';
export type { SortableHandle } from './SortableRows.tsx';
