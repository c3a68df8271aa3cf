import { createBlankDefinition } from '@sprout/shared/definition';
import type { AggregateGroup, AggregateQuery, NumberSummary } from '@sprout/shared/stats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { submissionRow } from './submission-row.fixture.ts';
import { createTaskTree, type TaskTree } from './task-tree.fixture.ts';
import type { NewSubmission, Storage } from './types.ts';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

const CROPS = ['稻', '麦', '茶'];
const OUTCOMES = ['green', 'yellow', 'red'];

/** Naive summaries recomputed in the test from the raw rows. */
function summarise(values: unknown[]): NumberSummary {
  const xs = values.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
  if (xs.length === 0) return { count: 0, sum: null, mean: null, min: null, max: null };
  const sum = xs.reduce((t, x) => t + x, 0);
  const mid = Math.floor((xs.length - 1) / 2);
  const median = xs.length % 2 ? xs[mid]! : (xs[mid]! + xs[mid + 1]!) / 2;
  return { count: xs.length, sum, mean: sum / xs.length, min: xs[0]!, max: xs[xs.length - 1]!, median };
}

function countChoices(rows: NewSubmission[], name: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) {
    const v = r.values[name];
    for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) out[String(x)] = (out[String(x)] ?? 0) + 1;
  }
  return out;
}

/**
 * The aggregation layer every storage engine must implement: each figure equals a
 * naive recomputation from the raw rows, and nothing outside the scope is counted.
 */
export function runAggregateContract(
  name: string,
  open: () => Promise<{ storage: Storage; dispose(): Promise<void> }>,
) {
  // Once over the rows alone, once with the fields tracked halfway through loading (the
  // first half backfilled, the second counted as it arrives): the figures must not differ.
  describe.each([
    ['rows', false],
    ['tracked fields', true],
  ])(`aggregate contract: ${name}, %s`, (_mode, tracked) => {
    let storage: Storage;
    let dispose: () => Promise<void>;
    let tree: TaskTree;
    let appId: number;
    const rows: NewSubmission[] = [];
    const ids: number[] = [];

    beforeEach(async () => {
      ({ storage, dispose } = await open());
      tree = await createTaskTree(storage);
      const app = await storage.apps.create({
        orgId: tree.county.id,
        slug: 'stats',
        title: '统计',
        draft: createBlankDefinition(),
        createdBy: null,
        now: '2026-11-01T00:00:00.000Z',
      });
      appId = app.id;
      const rnd = random(7);
      rows.length = 0;
      for (let i = 0; i < 400; i++) {
        const org = tree.villages[Math.floor(rnd() * tree.villages.length)]!;
        const day = 1 + Math.floor(rnd() * 20);
        const values: Record<string, unknown> = {
          people: Math.floor(rnd() * 50),
          area: Math.round(rnd() * 1000) / 10,
          crop: CROPS[Math.floor(rnd() * 3)],
          tags: CROPS.filter(() => rnd() < 0.5),
          visited: `2026-10-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
        };
        if (rnd() < 0.1) delete values.people; // an optional number left empty
        if (rnd() < 0.05) values.people = 'n/a'; // a stray string is not a number
        const code = OUTCOMES[Math.floor(rnd() * 3)]!;
        rows.push(
          submissionRow(appId, org.id, {
            receiptCode: `R${String(i).padStart(5, '0')}`,
            submittedAt: new Date(Date.UTC(2026, 10, day, Math.floor(rnd() * 24))).toISOString(),
            status: rnd() < 0.3 ? 'pending' : 'received',
            values,
            outcome: { code, label: code },
          }),
        );
      }
      const insert = (part: NewSubmission[]) => Promise.all(part.map((r) => storage.submissions.insert(r)));
      const first = await insert(rows.slice(0, 200));
      if (tracked) await storage.aggregates.trackFields(appId, ['people', 'area', 'crop', 'tags', 'visited']);
      const second = await insert(rows.slice(200));
      ids.length = 0;
      for (const r of [...first, ...second]) ids.push(r.kind === 'created' ? r.submission.id : Number.NaN);
    });
    afterEach(() => dispose());

    const query = (over: Partial<AggregateQuery>): AggregateQuery => ({
      appId,
      scopeOrgId: tree.county.id,
      filter: {},
      group: { by: 'none' },
      numbers: ['people', 'area'],
      choices: ['crop', 'tags'],
      dates: ['visited'],
      ...over,
    });

    const expectGroup = (g: AggregateGroup | undefined, part: NewSubmission[], medians = false) => {
      expect(g?.count).toBe(part.length);
      for (const field of ['people', 'area']) {
        const want = summarise(part.map((r) => r.values[field]));
        if (!medians) delete want.median;
        const got = g?.numbers[field];
        expect(got?.count).toBe(want.count);
        expect(got?.sum).toBeCloseTo(want.sum ?? 0, 6);
        expect(got?.mean).toBeCloseTo(want.mean ?? 0, 6);
        expect([got?.min, got?.max, got?.median]).toEqual([want.min, want.max, want.median]);
      }
      expect(g?.choices.crop).toEqual(countChoices(part, 'crop'));
      expect(g?.choices.tags).toEqual(countChoices(part, 'tags'));
      const days = part
        .map((r) => r.values.visited)
        .filter((v): v is string => typeof v === 'string')
        .sort();
      expect(g?.dates.visited).toEqual({ min: days[0], max: days[days.length - 1] });
    };

    it('summarises everything in the scope like a naive recomputation, medians included', async () => {
      const [all] = await storage.aggregates.aggregate(query({ medians: true }));
      expectGroup(all, rows, true);
    });

    it('groups by township under the county and by village under a township', async () => {
      const towns = await storage.aggregates.aggregate(
        query({ group: { by: 'org-children', parentOrgId: tree.county.id } }),
      );
      expect(towns.map((g) => Number(g.key)).sort()).toEqual(tree.towns.map((t) => t.id).sort());
      for (const town of tree.towns) {
        const part = rows.filter((r) => tree.townOf.get(r.orgId)?.id === town.id);
        expectGroup(
          towns.find((g) => g.key === String(town.id)),
          part,
        );
      }
      const town = tree.towns[1]!;
      const villages = await storage.aggregates.aggregate(
        query({ group: { by: 'org-children', parentOrgId: town.id } }),
      );
      for (const g of villages) {
        expect(tree.townOf.get(Number(g.key))?.id).toBe(town.id);
        expectGroup(
          g,
          rows.filter((r) => r.orgId === Number(g.key)),
        );
      }
    });

    it('applies the shared filters: status, dates, outcome, org and an answer', async () => {
      const town = tree.towns[0]!;
      const filter = {
        status: 'received',
        from: '2026-11-05T00:00:00.000Z',
        to: '2026-11-15T00:00:00.000Z',
        outcome: 'green',
        orgId: town.id,
        fields: { crop: '茶' },
      };
      const [g] = await storage.aggregates.aggregate(query({ filter }));
      const part = rows.filter(
        (r) =>
          r.status === 'received' &&
          r.submittedAt >= filter.from &&
          r.submittedAt < filter.to &&
          r.outcome?.code === 'green' &&
          tree.townOf.get(r.orgId)?.id === town.id &&
          r.values.crop === '茶',
      );
      expect(part.length).toBeGreaterThan(0);
      expectGroup(g, part);
    });

    it('cuts dates at China midnight, with status, outcome and org filters', async () => {
      const town = tree.towns[1]!;
      const filter = {
        status: 'pending',
        from: '2026-11-03T16:00:00.000Z',
        to: '2026-11-12T16:00:00.000Z',
        outcome: 'yellow',
        orgId: town.id,
      };
      const [g] = await storage.aggregates.aggregate(query({ filter, medians: true }));
      const part = rows.filter(
        (r) =>
          r.status === 'pending' &&
          r.submittedAt >= filter.from &&
          r.submittedAt < filter.to &&
          r.outcome?.code === 'yellow' &&
          tree.townOf.get(r.orgId)?.id === town.id,
      );
      expect(part.length).toBeGreaterThan(0);
      expectGroup(g, part, true);
    });

    it('stays equal to a recount after review, resubmission, anonymisation and deletion', async () => {
      const at = '2026-11-25T00:00:00.000Z';
      // A decision moves a row to another status.
      expect(
        await storage.review.transition({
          submissionId: ids[3]!,
          from: rows[3]!.status,
          to: 'approved',
          actorUserId: null,
          comment: null,
          at,
          claimedBy: null,
        }),
      ).toBe(true);
      rows[3] = { ...rows[3]!, status: 'approved' };
      // A returned row comes back with new answers and a new outcome.
      await storage.review.transition({
        submissionId: ids[5]!,
        from: rows[5]!.status,
        to: 'returned',
        actorUserId: null,
        comment: null,
        at,
        claimedBy: null,
      });
      const values = { people: 999, area: 0.5, crop: '麦', tags: ['稻', '茶'], visited: '2026-09-30' };
      const resubmission = { values, computed: {}, outcome: { code: 'red', label: 'red' } };
      expect(
        await storage.review.resubmit({
          submissionId: ids[5]!,
          version: 1,
          ...resubmission,
          at,
          reviewDueAt: null,
          resultCode: null,
          resultCodeId: null,
        }),
      ).toBe(true);
      rows[5] = { ...rows[5]!, ...resubmission, status: 'pending' };
      // Retention keeps the non-personal answers of one row and deletes two others.
      expect(await storage.retention.anonymize(appId, ids[7]!, { crop: '稻' }, [], at)).toBe(true);
      rows[7] = { ...rows[7]!, values: { crop: '稻' } };
      expect(await storage.retention.remove(appId, ids[8]!, [])).toBe(true);
      expect(await storage.retention.remove(appId, ids[9]!, [])).toBe(true);
      const left = rows.filter((_, i) => i !== 8 && i !== 9);

      const [all] = await storage.aggregates.aggregate(query({ medians: true }));
      expectGroup(all, left, true);
      const pending = await storage.aggregates.aggregate(query({ filter: { status: 'pending' } }));
      expectGroup(
        pending[0],
        left.filter((r) => r.status === 'pending'),
      );
      const outcomes = await storage.aggregates.aggregate(query({ group: { by: 'outcome' } }));
      for (const g of outcomes) {
        expectGroup(
          g,
          left.filter((r) => r.outcome?.code === g.key),
        );
      }
    });

    it('counts by China day, by week and by outcome', async () => {
      const chinaDay = (at: string) => new Date(Date.parse(at) + 8 * 3_600_000).toISOString().slice(0, 10);
      const days = await storage.aggregates.aggregate(
        query({ group: { by: 'day' }, numbers: [], choices: [], dates: [] }),
      );
      const want = new Map<string, number>();
      for (const r of rows) want.set(chinaDay(r.submittedAt), (want.get(chinaDay(r.submittedAt)) ?? 0) + 1);
      expect(Object.fromEntries(days.map((g) => [g.key, g.count]))).toEqual(Object.fromEntries(want));
      const weeks = await storage.aggregates.aggregate(
        query({ group: { by: 'week' }, numbers: [], choices: [], dates: [] }),
      );
      expect(weeks.every((g) => new Date(`${g.key}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
      expect(weeks.reduce((t, g) => t + g.count, 0)).toBe(rows.length);
      const outcomes = await storage.aggregates.aggregate(query({ group: { by: 'outcome' } }));
      for (const g of outcomes) expect(g.count).toBe(rows.filter((r) => r.outcome?.code === g.key).length);
    });

    it('sees only its own subtree: a township its villages, a village itself, nothing outside', async () => {
      const town = tree.towns[2]!;
      const [t] = await storage.aggregates.aggregate(query({ scopeOrgId: town.id }));
      expectGroup(
        t,
        rows.filter((r) => tree.townOf.get(r.orgId)?.id === town.id),
      );
      const village = tree.villages[0]!;
      const [v] = await storage.aggregates.aggregate(query({ scopeOrgId: village.id }));
      expect(v?.count).toBe(rows.filter((r) => r.orgId === village.id).length);
      // Asking for a sibling's org or grouping under a parent outside the scope yields nothing.
      expect(
        await storage.aggregates.aggregate(query({ scopeOrgId: town.id, filter: { orgId: tree.towns[0]!.id } })),
      ).toEqual([]);
      expect(
        await storage.aggregates.aggregate(
          query({ scopeOrgId: village.id, group: { by: 'org-children', parentOrgId: tree.county.id } }),
        ),
      ).toEqual([]);
    });
  });
}
