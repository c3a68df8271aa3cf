import { useCallback, useEffect, useRef, useState } from 'react';
import { filterQuery, type SubmissionFilters } from '../filter-query.ts';
import type { Submission } from '../types.ts';
import { useConsoleApi } from '../use-console-api.ts';

export const PAGE_SIZE = 200;

export interface SubmissionList {
  items: Submission[];
  nextCursor: string | null;
  loading: boolean;
  error: unknown;
  loadMore(): void;
  reload(): void;
}

/** Keyset pages of submissions for the filters; a new filter starts over, stale answers are dropped. */
export function useSubmissionList(appId: string, filters: SubmissionFilters, enabled: boolean): SubmissionList {
  const api = useConsoleApi();
  const [items, setItems] = useState<Submission[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);
  const generation = useRef(0);
  const query = filterQuery(filters);

  const fetchPage = useCallback(
    async (cursor: string | null, gen: number) => {
      setLoading(true);
      setError(null);
      try {
        const page = await api.submissions(appId, filterQuery(filters, { cursor, limit: PAGE_SIZE }));
        if (gen !== generation.current) return;
        setItems((prev) => (cursor ? [...prev, ...page.items] : page.items));
        setNextCursor(page.nextCursor);
      } catch (e) {
        if (gen === generation.current) setError(e);
      } finally {
        if (gen === generation.current) setLoading(false);
      }
    },
    [api, appId, query],
  );

  useEffect(() => {
    if (!enabled) return;
    generation.current += 1;
    setItems([]);
    setNextCursor(null);
    void fetchPage(null, generation.current);
  }, [fetchPage, enabled, tick]);

  const loadMore = useCallback(() => {
    if (!loading && nextCursor) void fetchPage(nextCursor, generation.current);
  }, [fetchPage, loading, nextCursor]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { items, nextCursor, loading, error, loadMore, reload };
}
