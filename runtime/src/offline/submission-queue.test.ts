import { describe, expect, it, vi } from 'vitest';
import { createMemoryStorage } from '../drafts/draft-store.ts';
import { createSubmissionQueue, type QueuedSubmission, type SendOutcome } from './submission-queue.ts';

const item = (key: string) => ({ key, slug: 'health-code', version: 1, values: { name: '张三' }, locale: 'zh-CN' });

describe('createSubmissionQueue', () => {
  it('keeps a submission while offline and sends it with the same key once back online', async () => {
    const storage = createMemoryStorage();
    let online = false;
    const keys: string[] = [];
    const send = async (i: QueuedSubmission): Promise<SendOutcome<string>> => {
      keys.push(i.key);
      return online ? { kind: 'sent', receipt: `R-${i.key}` } : { kind: 'offline' };
    };
    const queue = createSubmissionQueue({ storage, send });
    queue.enqueue(item('k1'));
    expect((await queue.flush())[0]?.outcome.kind).toBe('offline');
    expect(queue.pending()).toHaveLength(1);
    // A reload: a new queue over the same storage still has it.
    const again = createSubmissionQueue({ storage, send });
    online = true;
    const results = await again.flush();
    expect(results[0]?.outcome).toEqual({ kind: 'sent', receipt: 'R-k1' });
    expect(keys).toEqual(['k1', 'k1']);
    expect(again.pending()).toHaveLength(0);
    expect(storage.length).toBe(0);
  });

  it('never has the same submission in flight twice when flushes overlap', async () => {
    let release: (o: SendOutcome<string>) => void = () => {};
    const send = vi.fn(() => new Promise<SendOutcome<string>>((r) => (release = r)));
    const queue = createSubmissionQueue({ storage: createMemoryStorage(), send });
    queue.enqueue(item('k1'));
    const a = queue.flush();
    const b = queue.flush();
    expect(a).toBe(b);
    release({ kind: 'sent', receipt: 'R' });
    await a;
    await queue.flush();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('drops a rejected submission (the page shows why) and treats a thrown send as offline', async () => {
    const queue = createSubmissionQueue<string>({
      storage: createMemoryStorage(),
      send: async (i) => {
        if (i.key === 'bad') return { kind: 'rejected', status: 422, problem: {} };
        throw new TypeError('Failed to fetch');
      },
    });
    queue.enqueue(item('bad'));
    queue.enqueue(item('later'));
    const results = await queue.flush();
    expect(results.map((r) => r.outcome.kind)).toEqual(['rejected', 'offline']);
    expect(queue.pending().map((i) => i.key)).toEqual(['later']);
    expect(queue.pending()[0]?.attempts).toBe(1);
  });

  it('holds a submission the server refused for an older version: kept, never sent again, until removed', async () => {
    const storage = createMemoryStorage();
    const sent: string[] = [];
    const send = async (i: QueuedSubmission): Promise<SendOutcome<string>> => {
      sent.push(i.key);
      return i.version === 1 ? { kind: 'outdated', currentVersion: 2 } : { kind: 'sent', receipt: 'R' };
    };
    const queue = createSubmissionQueue({ storage, send });
    queue.enqueue(item('old'));
    await queue.flush();
    expect(queue.pending()).toEqual([]);
    // The next visit (a new queue over the same storage) finds it, with its answers.
    const later = createSubmissionQueue({ storage, send });
    expect(later.held('health-code')).toEqual([
      expect.objectContaining({ key: 'old', values: { name: '张三' }, held: { currentVersion: 2 } }),
    ]);
    expect(later.held('other-app')).toEqual([]);
    await later.flush();
    expect(sent).toEqual(['old']);
    later.remove('old');
    expect(later.held('health-code')).toEqual([]);
    expect(storage.length).toBe(0);
  });
});
