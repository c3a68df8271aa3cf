import { createBlankDefinition } from '@sprout/shared/definition';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { submissionRow } from './submission-row.fixture.ts';
import type { Storage } from './types.ts';
import { toUtf8Bytes } from './utf8-bytes.ts';

const AT = '2026-03-02T02:00:00.000Z';

/** Export row counts and export progress: behaviour every Storage implementation must show. */
export function runExportContract(name: string, open: () => Promise<{ storage: Storage; dispose(): Promise<void> }>) {
  describe(`export storage contract: ${name}`, () => {
    let storage: Storage;
    let dispose: () => Promise<void>;
    let appId: number;
    let orgId: number;

    beforeEach(async () => {
      ({ storage, dispose } = await open());
      const org = await storage.orgs.create({ parentId: null, name: '余杭区', code: '330110', level: 'county' });
      const app = await storage.apps.create({
        orgId: org.id,
        slug: 'e1',
        title: 'e1',
        draft: createBlankDefinition('x'),
        createdBy: null,
        now: AT,
      });
      appId = app.id;
      orgId = org.id;
      for (const [i, status] of (['received', 'pending', 'pending'] as const).entries()) {
        await storage.submissions.insert(
          submissionRow(appId, org.id, { receiptCode: `RC${i}`, status, values: { name: `n${i}` }, submittedAt: AT }),
        );
      }
    });
    afterEach(() => dispose());

    it('counts the rows an export of a filter will write', async () => {
      expect(await storage.exports.count(appId, {})).toBe(3);
      expect(await storage.exports.count(appId, { status: 'pending' })).toBe(2);
      expect(await storage.exports.count(appId, { status: 'pending', limit: 1 })).toBe(2);
    });

    it('writes rows with each picked answer as its JSON text, in the filter and order asked', async () => {
      const pick = { values: ['name', 'missing'], computed: [] };
      const pages: unknown[][] = [];
      for await (const page of storage.exports.rows(appId, { status: 'pending' }, pick)) pages.push(...page);
      expect(pages).toEqual([
        ['RC2', AT, 'pending', 1, '"n2"', null, null],
        ['RC1', AT, 'pending', 1, '"n1"', null, null],
      ]);
      const ascending: unknown[] = [];
      for await (const page of storage.exports.rows(appId, { order: 'asc' }, pick)) ascending.push(...page);
      expect(ascending.map((r) => (r as unknown[])[0])).toEqual(['RC0', 'RC1', 'RC2']);
    });

    it('writes every row once, in order, across pages (SQLite: 100 rows first, then up to 1,000)', async () => {
      const more = 1_200;
      // Inserted concurrently (one group commit in SQLite); the order to expect is by id.
      const inserted = await Promise.all(
        Array.from({ length: more }, (_, i) =>
          storage.submissions.insert(
            submissionRow(appId, orgId, { receiptCode: `P${i}`, values: { n: i }, submittedAt: AT }),
          ),
        ),
      );
      const byId = inserted
        .flatMap((r) => (r.kind === 'created' ? [r.submission] : []))
        .sort((a, b) => a.id - b.id)
        .map((s) => s.receiptCode);
      const pick = { values: ['n'], computed: [] };
      for (const order of ['asc', 'desc'] as const) {
        const codes: string[] = [];
        for await (const page of storage.exports.rows(appId, { order }, pick)) {
          codes.push(...page.map((row) => String(row[0])));
        }
        const ascending = ['RC0', 'RC1', 'RC2', ...byId];
        expect(codes).toEqual(order === 'asc' ? ascending : ascending.reverse());
      }
    });

    it('writes any answer back exactly: control characters, empty text, numbers, lists, the outcome', async () => {
      const values = { name: 'a\u001fb\u001e,"c"', note: '', temperature: 36.5, symptoms: ['发热', '咳嗽'] };
      const outcome = { code: 'red', label: { 'zh-CN': '红码', en: 'Red' } } as never;
      await storage.submissions.insert({
        ...submissionRow(appId, orgId, { receiptCode: 'RC9', values, submittedAt: AT }),
        computed: { age: 41 },
        outcome,
      });
      const pick = { values: ['name', 'note', 'temperature', 'symptoms', 'missing'], computed: ['age', 'none'] };
      const rows: Array<Array<string | number | null>> = [];
      for await (const page of storage.exports.rows(appId, { status: 'received' }, pick)) rows.push(...page);
      const row = rows.find((r) => r[0] === 'RC9') ?? [];
      expect(row.slice(0, 4)).toEqual(['RC9', AT, 'received', 1]);
      const parsed = row.slice(4).map((text) => (typeof text === 'string' ? JSON.parse(text) : text));
      expect(parsed).toEqual([...Object.values(values), null, 41, null, { 'zh-CN': '红码', en: 'Red' }]);
      // The CSV export's form: the same texts as their UTF-8 bytes.
      const bytes: Array<Array<string | number | null>> = [];
      for await (const page of storage.exports.rows(appId, { status: 'received' }, pick, { utf8Bytes: true }))
        bytes.push(...page);
      expect(bytes).toEqual(rows.map((r) => r.map((cell) => (typeof cell === 'string' ? toUtf8Bytes(cell) : cell))));
    });

    it('keeps progress per user, stops at a cancel, and never restarts a finished export', async () => {
      const p = { id: 'x-1', appId, userId: 7, total: 3, updatedAt: AT };
      expect(await storage.exportProgress.start(p)).toBe(true);
      expect(await storage.exportProgress.start(p)).toBe(false);
      expect(await storage.exportProgress.advance('x-1', 2, AT)).toBe('running');
      expect(await storage.exportProgress.get('x-1', 8)).toBeUndefined();
      expect(await storage.exportProgress.get('x-1', 7)).toMatchObject({ total: 3, done: 2, state: 'running' });
      expect(await storage.exportProgress.cancel('x-1', 8, AT)).toBe(false);
      expect(await storage.exportProgress.cancel('x-1', 7, AT)).toBe(true);
      expect(await storage.exportProgress.advance('x-1', 3, AT)).toBe('cancelled');
      await storage.exportProgress.finish('x-1', 'done', AT);
      expect((await storage.exportProgress.get('x-1', 7))?.state).toBe('cancelled');
      expect(await storage.exportProgress.advance('nope', 1, AT)).toBeUndefined();
    });
  });
}
