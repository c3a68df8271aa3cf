export { createEditorStore } from './create-editor-store.ts';
export type { EditorState, EditorStore, Panel, SaveStatus } from './create-editor-store.ts';
export { EditorStoreProvider, useEditor, useEditorStore } from './editor-context.tsx';
