import type { KeyValueStorage } from '../drafts/draft-store.ts';
import type { SealedBox } from './sealed-box.ts';
import type { FieldSummary } from './version-change.ts';

/** A submission kept on the phone until the server has it. The key is its identity on both sides. */
export interface QueuedSubmission {
  /** The Idempotency-Key: the same for every attempt, so the server stores it once. */
  key: string;
  slug: string;
  version: number;
  values: Record<string, unknown>;
  deviceId?: string;
  /** The app version whose consent text the resident agreed to. */
  consentVersion?: number;
  /** The L3/L4 answers, encrypted (`values` then holds only the rest); see `sealed-values.ts`. */
  sealed?: SealedBox;
  locale: string;
  queuedAt: number;
  attempts: number;
  /** The fields of the version it was filled in, to say what a newer version changed. */
  asked?: FieldSummary;
  /**
   * Set when the server refused it because the app has a newer version: it stays on the
   * phone, is not sent again, and the page shows it prefilled to check and send anew.
   */
  held?: { currentVersion: number };
}

/** What one attempt to send gave. `offline` keeps the item, `outdated` holds it; the others remove it. */
export type SendOutcome<R> =
  | { kind: 'sent'; receipt: R }
  | { kind: 'offline' }
  | { kind: 'outdated'; currentVersion: number }
  | { kind: 'rejected'; status: number; problem: unknown };

export interface SubmissionQueue<R> {
  /** Writes the submission to storage before any attempt, so a closed tab loses nothing. */
  enqueue(item: Omit<QueuedSubmission, 'queuedAt' | 'attempts'>): QueuedSubmission;
  /** Submissions still to be sent (held ones are not). */
  pending(slug?: string): QueuedSubmission[];
  /** Submissions the server refused for an older version, newest last, for the resident to check. */
  held(slug: string): QueuedSubmission[];
  /** Forgets a submission for good (a held one the resident has sent again or cleared). */
  remove(key: string): void;
  /**
   * Sends every pending submission once, oldest first. A flush already running answers its
   * own promise instead of starting a second, so no submission is ever in flight twice.
   */
  flush(): Promise<Array<{ item: QueuedSubmission; outcome: SendOutcome<R> }>>;
}

export interface SubmissionQueueOptions<R> {
  storage: KeyValueStorage | undefined;
  send(item: QueuedSubmission): Promise<SendOutcome<R>>;
  now?: () => number;
}

const KEY = 'sprout:outbox';

/**
 * The outbox of the resident page: every submission goes through it, online or not.
 * @example const q = createSubmissionQueue({ storage: localStorage, send }); q.enqueue(item); await q.flush();
 */
export function createSubmissionQueue<R>(options: SubmissionQueueOptions<R>): SubmissionQueue<R> {
  const now = options.now ?? Date.now;
  const memory: { items: QueuedSubmission[] } = { items: [] };
  const load = (): QueuedSubmission[] => {
    try {
      const raw = options.storage?.getItem(KEY);
      return raw ? (JSON.parse(raw) as QueuedSubmission[]) : memory.items;
    } catch {
      return memory.items;
    }
  };
  const store = (items: QueuedSubmission[]) => {
    memory.items = items;
    try {
      if (items.length === 0) options.storage?.removeItem(KEY);
      else options.storage?.setItem(KEY, JSON.stringify(items));
    } catch {
      // Storage full or blocked: the in-memory copy still retries while the page is open.
    }
  };
  const update = (key: string, fn: (item: QueuedSubmission) => QueuedSubmission | undefined) =>
    store(load().flatMap((i) => (i.key === key ? (fn(i) ?? []) : [i])));

  let running: Promise<Array<{ item: QueuedSubmission; outcome: SendOutcome<R> }>> | undefined;
  const flushOnce = async () => {
    const results: Array<{ item: QueuedSubmission; outcome: SendOutcome<R> }> = [];
    for (const item of load().filter((i) => !i.held)) {
      update(item.key, (i) => ({ ...i, attempts: i.attempts + 1 }));
      let outcome: SendOutcome<R>;
      try {
        outcome = await options.send(item);
      } catch {
        outcome = { kind: 'offline' };
      }
      if (outcome.kind === 'outdated') {
        const held = { currentVersion: outcome.currentVersion };
        update(item.key, (i) => ({ ...i, held }));
      } else if (outcome.kind !== 'offline') update(item.key, () => undefined);
      results.push({ item, outcome });
      // Offline now means offline for the rest: keep them for the next flush.
      if (outcome.kind === 'offline') break;
    }
    return results;
  };
  return {
    enqueue(item) {
      const queued: QueuedSubmission = { ...item, queuedAt: now(), attempts: 0 };
      store([...load().filter((i) => i.key !== item.key), queued]);
      return queued;
    },
    pending: (slug) => load().filter((i) => !i.held && (slug === undefined || i.slug === slug)),
    held: (slug) => load().filter((i) => i.held && i.slug === slug),
    remove: (key) => update(key, () => undefined),
    flush() {
      running ??= flushOnce().finally(() => {
        running = undefined;
      });
      return running;
    },
  };
}
