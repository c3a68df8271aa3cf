import type { Api } from '../api/client.ts';
import { ApiError } from '../api/client.ts';
import type { Translate } from '../i18n/index.tsx';
import type { EditorStore } from '../store/index.ts';

export interface Saver {
  /** Saves now (if there is anything to save) and resolves when the server has it. */
  flush(): Promise<boolean>;
  /** After a conflict: take the server's revision and write this draft over it, on purpose. */
  overwrite(): Promise<boolean>;
  dispose(): void;
}

const DEBOUNCE_MS = 1200;

/**
 * Autosave: a quiet moment after an edit, the draft goes to the server with its
 * revision. A 409 stops autosaving and says so; nothing is overwritten silently.
 */
export function createSaver(store: EditorStore, api: Api, appId: number, t: Translate): Saver {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<boolean> | undefined;
  const pending = () => {
    const s = store.getState();
    return s.definition !== s.saved && s.saveStatus !== 'conflict';
  };
  async function save(): Promise<boolean> {
    const s = store.getState();
    const definition = s.definition;
    s.setSaveStatus('saving');
    try {
      const { revision } = await api.saveDraft(appId, definition, s.revision);
      store.getState().markSaved(definition, revision);
      return true;
    } catch (e) {
      const problem = e instanceof ApiError ? e.problem : undefined;
      if (problem?.status === 409) store.getState().setSaveStatus('conflict', t('save.conflict'));
      else if (problem?.status === 422) store.getState().setSaveStatus('invalid', t('save.invalid'));
      else store.getState().setSaveStatus('error', t('save.error', { message: (e as Error).message }));
      return false;
    }
  }
  async function flush(): Promise<boolean> {
    clearTimeout(timer);
    if (running) await running;
    if (!pending()) return store.getState().saveStatus !== 'conflict';
    running = save().finally(() => {
      running = undefined;
    });
    return running;
  }
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.definition === prev.definition && s.saved === prev.saved) return;
    clearTimeout(timer);
    if (pending()) timer = setTimeout(() => void flush(), DEBOUNCE_MS);
  });
  const beforeUnload = (e: BeforeUnloadEvent) => {
    if (store.getState().definition !== store.getState().saved) e.preventDefault();
  };
  const hasWindow = typeof window !== 'undefined';
  if (hasWindow) window.addEventListener('beforeunload', beforeUnload);
  return {
    flush,
    async overwrite() {
      const app = await api.getApp(appId);
      const s = store.getState();
      s.markSaved(s.saved, app.revision);
      s.setSaveStatus('dirty');
      return flush();
    },
    dispose() {
      clearTimeout(timer);
      unsubscribe();
      if (hasWindow) window.removeEventListener('beforeunload', beforeUnload);
    },
  };
}
