import { type AppDefinition, type Catalog, coreCatalog } from '@sprout/shared';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { applyCommand, type Command, locate } from '../commands/index.ts';
import { respectLockedKeys } from '../commands/locked-keys.ts';
import { type HistoryEntry, record } from './history.ts';

/** The right-hand panel being shown. */
export type Panel = 'fields' | 'computed' | 'outcomes' | 'settings' | 'checks' | 'json';

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'error' | 'invalid' | 'conflict';

export interface EditorState {
  definition: AppDefinition;
  /** Core plus the packs this app's builder may use: palette, inspector, canvas and checks read it. */
  catalog: Catalog;
  /** The selected node, if any, and the page shown on the canvas. */
  selectedId: string | undefined;
  /** Nodes picked together (shift/ctrl-click) to save as one block; empty unless two or more are picked. */
  multiIds: readonly string[];
  pageId: string;
  panel: Panel;
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** What the server holds, and its revision; `definition !== saved` means unsaved edits. */
  saved: AppDefinition;
  revision: number;
  saveStatus: SaveStatus;
  saveMessage: string | undefined;
  /** Data keys of published versions: residents' data is stored under them, so no command changes them. */
  lockedNames: ReadonlySet<string>;
  dispatch(command: Command): void;
  /** After a publish: the keys of the version just published are locked too. */
  lockNames(names: Iterable<string>): void;
  undo(): void;
  redo(): void;
  select(nodeId: string | undefined): void;
  /** Adds a node to the multi-selection, or takes it out (the selected node is its first member). */
  toggleMulti(nodeId: string): void;
  showPage(pageId: string): void;
  showPanel(panel: Panel): void;
  markSaved(definition: AppDefinition, revision: number): void;
  setSaveStatus(status: SaveStatus, message?: string): void;
}

export interface EditorStoreOptions {
  definition: AppDefinition;
  /** The app's catalog (core plus approved or pinned packs); the core alone when absent. */
  catalog?: Catalog;
  revision?: number;
  /** Data keys of published versions, which must stay as they are. */
  lockedNames?: Iterable<string>;
  /** Injected so tests can control when keystrokes coalesce. */
  now?: () => number;
}

export type EditorStore = StoreApi<EditorState>;

/** One store per editor instance (never module scope); give it to React through EditorStoreProvider. */
export function createEditorStore(options: EditorStoreOptions): EditorStore {
  const now = options.now ?? Date.now;
  return createStore<EditorState>()((set, get) => ({
    definition: options.definition,
    catalog: options.catalog ?? coreCatalog,
    selectedId: undefined,
    multiIds: [],
    pageId: options.definition.pages[0]?.id ?? '',
    panel: 'fields',
    past: [],
    future: [],
    saved: options.definition,
    revision: options.revision ?? 0,
    saveStatus: 'saved',
    saveMessage: undefined,
    lockedNames: new Set(options.lockedNames ?? []),
    dispatch(asked) {
      const s = get();
      const command = respectLockedKeys(s.definition, asked, s.lockedNames);
      if (!command) return;
      const next = applyCommand(s.definition, command);
      if (next === s.definition) return;
      const history = record(s, { command, before: s.definition, at: now() });
      set({ ...history, ...view(next, s, command), ...dirtyAfter(next, s) });
    },
    undo() {
      const s = get();
      const entry = s.past[s.past.length - 1];
      if (!entry) return;
      set({
        definition: entry.before,
        past: s.past.slice(0, -1),
        future: [entry, ...s.future],
        ...keepView(entry.before, s),
        ...dirtyAfter(entry.before, s),
      });
    },
    redo() {
      const s = get();
      const entry = s.future[0];
      if (!entry) return;
      const next = applyCommand(s.definition, entry.command);
      set({
        past: [...s.past, { ...entry, at: 0 }],
        future: s.future.slice(1),
        ...view(next, s, entry.command),
        ...dirtyAfter(next, s),
      });
    },
    select: (selectedId) => {
      const at = selectedId ? locate(get().definition, selectedId) : undefined;
      set(
        at ? { selectedId, multiIds: [], pageId: at.pageId, panel: 'fields' } : { selectedId: undefined, multiIds: [] },
      );
    },
    toggleMulti(nodeId) {
      const s = get();
      if (!locate(s.definition, nodeId)) return;
      const start = s.multiIds.length > 0 ? s.multiIds : s.selectedId ? [s.selectedId] : [];
      const multiIds = start.includes(nodeId) ? start.filter((id) => id !== nodeId) : [...start, nodeId];
      set({ multiIds: multiIds.length > 1 ? multiIds : [], selectedId: multiIds.at(-1), panel: 'fields' });
    },
    lockNames: (names) => set({ lockedNames: new Set([...get().lockedNames, ...names]) }),
    showPage: (pageId) => set({ pageId }),
    showPanel: (panel) => set({ panel }),
    markSaved(definition, revision) {
      const s = get();
      set({ saved: definition, revision, ...statusFor(s.definition === definition, s) });
    },
    setSaveStatus: (saveStatus, saveMessage) => set({ saveStatus, saveMessage }),
  }));
}

function statusFor(clean: boolean, s: EditorState): Pick<EditorState, 'saveStatus' | 'saveMessage'> {
  if (s.saveStatus === 'conflict') return { saveStatus: 'conflict', saveMessage: s.saveMessage };
  return clean ? { saveStatus: 'saved', saveMessage: undefined } : { saveStatus: 'dirty', saveMessage: undefined };
}

function dirtyAfter(next: AppDefinition, s: EditorState): Pick<EditorState, 'saveStatus' | 'saveMessage'> {
  if (s.saveStatus === 'conflict' || s.saveStatus === 'saving')
    return { saveStatus: s.saveStatus, saveMessage: s.saveMessage };
  return statusFor(next === s.saved, s);
}

/** Where the official looks after a command: a new node gets selected, a moved one stays selected. */
function view(
  next: AppDefinition,
  s: EditorState,
  command: Command,
): Pick<EditorState, 'definition' | 'selectedId' | 'pageId'> & Partial<Pick<EditorState, 'panel' | 'multiIds'>> {
  if (command.kind === 'insert-node')
    return { definition: next, selectedId: command.node.id, multiIds: [], pageId: command.at.pageId, panel: 'fields' };
  if (command.kind === 'move-node')
    return { definition: next, selectedId: command.id, multiIds: [], pageId: command.to.pageId };
  if (command.kind === 'add-page')
    return { definition: next, selectedId: undefined, multiIds: [], pageId: command.page.id };
  return { definition: next, ...keepView(next, s) };
}

function keepView(next: AppDefinition, s: EditorState): Pick<EditorState, 'selectedId' | 'pageId' | 'multiIds'> {
  const kept = s.multiIds.filter((id) => locate(next, id));
  const multiIds = kept.length > 1 ? kept : [];
  const selected = s.selectedId ? locate(next, s.selectedId) : undefined;
  if (selected) return { selectedId: s.selectedId, pageId: selected.pageId, multiIds };
  const pageId = next.pages.some((p) => p.id === s.pageId) ? s.pageId : (next.pages[0]?.id ?? '');
  return { selectedId: undefined, pageId, multiIds };
}
