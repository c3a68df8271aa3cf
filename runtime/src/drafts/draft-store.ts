/** The part of `Storage` most stores use, so tests pass a Map-backed fake. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Storage whose keys can be listed, to purge every draft at once. */
export interface EnumerableStorage extends KeyValueStorage {
  key(index: number): string | null;
  readonly length: number;
}

export interface Draft {
  savedAt: number;
  values: Record<string, unknown>;
}

export interface DraftStoreOptions {
  storage: EnumerableStorage | undefined;
  now?: () => number;
  /** How long an untouched draft lives; 7 days by default. */
  ttlMs?: number;
}

export const DRAFT_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const PREFIX = 'sprout:draft:';
const OFF_KEY = 'sprout:drafts-off';

export interface DraftStore {
  /** The draft of this app version, unless it expired (then it is deleted). */
  load(slug: string, version: number): Draft | undefined;
  /** Saves answers, unless the resident switched drafts off on this device. */
  save(slug: string, version: number, values: Record<string, unknown>): void;
  clear(slug: string, version: number): void;
  isEnabled(): boolean;
  /** Switching off deletes every draft on this device at once. */
  setEnabled(on: boolean): void;
  /** Deletes every expired draft of any app. */
  purgeExpired(): void;
}

const keyOf = (slug: string, version: number) => `${PREFIX}${slug}@${version}`;

/**
 * Drafts per app and version in the browser's storage, expiring after 7 days. Storage
 * that is missing, full or blocked (private mode) makes drafts quietly unavailable.
 * @example const drafts = createDraftStore({ storage: localStorage }); drafts.save('health-code', 3, values);
 */
export function createDraftStore(options: DraftStoreOptions): DraftStore {
  const { storage } = options;
  const now = options.now ?? Date.now;
  const ttl = options.ttlMs ?? DRAFT_TTL_MS;
  const attempt = <T>(fn: (s: EnumerableStorage) => T): T | undefined => {
    try {
      return storage ? fn(storage) : undefined;
    } catch {
      return undefined;
    }
  };
  const read = (key: string): Draft | undefined =>
    attempt((s) => {
      const raw = s.getItem(key);
      const draft = raw ? (JSON.parse(raw) as Draft) : undefined;
      return draft && typeof draft.savedAt === 'number' && draft.values && typeof draft.values === 'object'
        ? draft
        : undefined;
    });
  const draftKeys = () =>
    attempt((s) =>
      Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => !!k?.startsWith(PREFIX)),
    ) ?? [];
  const store: DraftStore = {
    load(slug, version) {
      const draft = read(keyOf(slug, version));
      if (draft && now() - draft.savedAt > ttl) {
        store.clear(slug, version);
        return undefined;
      }
      return draft;
    },
    save(slug, version, values) {
      if (!store.isEnabled()) return;
      attempt((s) => s.setItem(keyOf(slug, version), JSON.stringify({ savedAt: now(), values } satisfies Draft)));
    },
    clear(slug, version) {
      attempt((s) => s.removeItem(keyOf(slug, version)));
    },
    isEnabled: () => attempt((s) => s.getItem(OFF_KEY) !== '1') ?? false,
    setEnabled(on) {
      if (on) attempt((s) => s.removeItem(OFF_KEY));
      else {
        attempt((s) => s.setItem(OFF_KEY, '1'));
        for (const k of draftKeys()) attempt((s) => s.removeItem(k));
      }
    },
    purgeExpired() {
      for (const k of draftKeys()) {
        const draft = read(k);
        if (!draft || now() - draft.savedAt > ttl) attempt((s) => s.removeItem(k));
      }
    },
  };
  return store;
}

/** A Map-backed storage for tests and for browsers without localStorage. */
export function createMemoryStorage(): EnumerableStorage {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}
