import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type Receipt, sendSubmission } from '../../api/public-api.ts';
import type { KeyValueStorage } from '../../drafts/draft-store.ts';
import { createIndexedDbKeyStore } from '../../offline/key-store.ts';
import { createValueSealer } from '../../offline/sealed-values.ts';
import { createSubmissionQueue, type QueuedSubmission, type SendOutcome } from '../../offline/submission-queue.ts';

const RETRY_MS = 15_000;

export type OutboxResult = { item: QueuedSubmission; outcome: SendOutcome<Receipt> };

/**
 * The page's outbox: sends on submit, and again on `online`, every 15 s while
 * something waits, when the tab comes back into view, and on the next load.
 */
export function useOutbox(storage: KeyValueStorage | undefined, slug: string, onResult: (r: OutboxResult) => void) {
  // L3/L4 answers wait encrypted (AES-GCM, a non-extractable key in IndexedDB) and are opened only to send.
  const sealer = useMemo(() => createValueSealer(createIndexedDbKeyStore()), []);
  const queue = useMemo(
    () => createSubmissionQueue<Receipt>({ storage, send: async (i) => sendSubmission(await sealer.open(i)) }),
    [storage, sealer],
  );
  const [waiting, setWaiting] = useState(() => queue.pending(slug).length > 0);
  // Held submissions opened (their sealed answers back) for the form to carry over; the stamp
  // changes whenever they change, so the form can pick them up.
  const [heldItems, setHeldItems] = useState<QueuedSubmission[]>([]);
  const [heldStamp, setHeldStamp] = useState('');
  const refreshHeld = useCallback(async () => {
    const items = await Promise.all(queue.held(slug).map((i) => sealer.open(i).catch(() => i)));
    setHeldItems(items);
    setHeldStamp(items.map((i) => i.key).join(' '));
  }, [queue, sealer, slug]);
  const handler = useRef(onResult);
  handler.current = onResult;

  const flush = useMemo(
    () => async () => {
      // Another tab of this browser may be flushing the same outbox: take turns when the browser can.
      const run = () => queue.flush();
      const results = navigator.locks ? await navigator.locks.request('sprout-outbox', run) : await run();
      for (const r of results) if (r.item.slug === slug) handler.current(r);
      setWaiting(queue.pending(slug).length > 0);
      await refreshHeld();
      return results;
    },
    [queue, slug, refreshHeld],
  );

  useEffect(() => {
    void flush();
    const onOnline = () => void flush();
    const onVisible = () => document.visibilityState === 'visible' && void flush();
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisible);
    const timer = setInterval(() => queue.pending().length > 0 && void flush(), RETRY_MS);
    return () => {
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisible);
      clearInterval(timer);
    };
  }, [flush, queue]);

  const submit = async (item: Omit<QueuedSubmission, 'queuedAt' | 'attempts'>, sensitive: readonly string[]) => {
    queue.enqueue(await sealer.seal(item, sensitive));
    // The form stays mounted while it sends: a rejection then shows under the resident's
    // own answers. Only what is still queued after the attempt (offline) shows as waiting.
    return flush();
  };
  /** Submissions of this app the server refused for an older version, kept for the resident. */
  const held = () => heldItems;
  const release = (keys: string[]) => {
    for (const key of keys) queue.remove(key);
    void refreshHeld();
  };
  return { waiting, submit, flush, held, release, heldStamp };
}
