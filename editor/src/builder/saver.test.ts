import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../api/client.ts';
import { ApiError } from '../api/client.ts';
import { sampleDefinition } from '../commands/fixtures.ts';
import { translate } from '../i18n/index.tsx';
import { createEditorStore } from '../store/index.ts';
import { createSaver } from './saver.ts';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('zh-CN', key, params);

function fakeServer(revision = 1) {
  const server = { revision, saved: [] as unknown[] };
  const api = {
    saveDraft: vi.fn(async (_id: string, definition: unknown, rev: number) => {
      if (rev !== server.revision) throw new ApiError({ status: 409, title: 'Conflict' });
      server.revision += 1;
      server.saved.push(definition);
      return { revision: server.revision };
    }),
    getApp: vi.fn(async () => ({ revision: server.revision })),
  } as unknown as Api;
  return { server, api };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves a quiet moment after edits, with the revision, and marks the draft clean', async () => {
    const { server, api } = fakeServer();
    const store = createEditorStore({ definition: sampleDefinition(), revision: 1 });
    const saver = createSaver(store, api, 1, t);
    store.getState().dispatch({ kind: 'delete-node', id: 'a' });
    store.getState().dispatch({ kind: 'delete-node', id: 'b' });
    expect(store.getState().saveStatus).toBe('dirty');
    await vi.advanceTimersByTimeAsync(1500);
    expect(server.saved).toHaveLength(1);
    expect(store.getState()).toMatchObject({ saveStatus: 'saved', revision: 2 });
    saver.dispose();
  });

  it('on 409 stops and says so; nothing is overwritten until the official chooses to', async () => {
    const { server, api } = fakeServer();
    const store = createEditorStore({ definition: sampleDefinition(), revision: 1 });
    const saver = createSaver(store, api, 1, t);
    server.revision = 5;
    store.getState().dispatch({ kind: 'delete-node', id: 'a' });
    await vi.advanceTimersByTimeAsync(1500);
    expect(store.getState().saveStatus).toBe('conflict');
    expect(store.getState().saveMessage).toContain('已被其他人修改');
    store.getState().dispatch({ kind: 'delete-node', id: 'b' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.saved).toHaveLength(0);
    expect(await saver.overwrite()).toBe(true);
    expect(server.saved).toHaveLength(1);
    expect(store.getState()).toMatchObject({ saveStatus: 'saved', revision: 6 });
    saver.dispose();
  });

  it('flush saves at once (before publishing) and keeps edits made while saving', async () => {
    const { server, api } = fakeServer();
    const store = createEditorStore({ definition: sampleDefinition(), revision: 1 });
    const saver = createSaver(store, api, 1, t);
    store.getState().dispatch({ kind: 'delete-node', id: 'a' });
    const pending = saver.flush();
    store.getState().dispatch({ kind: 'delete-node', id: 'b' });
    expect(await pending).toBe(true);
    expect(store.getState().saveStatus).toBe('dirty');
    await vi.advanceTimersByTimeAsync(1500);
    expect(server.saved).toHaveLength(2);
    expect(store.getState().saveStatus).toBe('saved');
    saver.dispose();
  });
});
