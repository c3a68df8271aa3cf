import { createBlankDefinition } from '@sprout/shared/definition';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { submissionRow } from './submission-row.fixture.ts';
import { createTaskTree, type TaskTree } from './task-tree.fixture.ts';
import type { NewTask } from './task-types.ts';
import type { Storage } from './types.ts';

const AT = '2026-11-02T02:00:00.000Z';
const LATER = '2026-11-09T02:00:00.000Z';

/**
 * Report tasks, their per-period reports with corrections, master data with history and
 * notices: behaviour every Storage implementation must show (the routes rely on it).
 */
export function runTaskContract(name: string, open: () => Promise<{ storage: Storage; dispose(): Promise<void> }>) {
  describe(`task storage contract: ${name}`, () => {
    let storage: Storage;
    let dispose: () => Promise<void>;
    let tree: TaskTree;
    let appId: number;

    beforeEach(async () => {
      ({ storage, dispose } = await open());
      tree = await createTaskTree(storage);
      const app = await storage.apps.create({
        orgId: tree.county.id,
        slug: 'weekly',
        title: '周报',
        draft: createBlankDefinition('周报'),
        createdBy: null,
        now: AT,
      });
      appId = app.id;
    });
    afterEach(() => dispose());

    const newTask = (over: Partial<NewTask> = {}): NewTask => ({
      orgId: tree.county.id,
      appId,
      title: '人口周报',
      recurrence: 'weekly',
      startsOn: '2026-11-02',
      endsOn: null,
      deadlineDays: 3,
      prefillFields: ['population'],
      masterBindings: { population: '常住人口' },
      assignees: [tree.villages[1]!.id, tree.villages[0]!.id],
      createdBy: null,
      ...over,
    });

    const report = (taskId: number, orgId: number, periodKey: string, values: Record<string, unknown>, at = AT) =>
      storage.tasks.submit({
        ...submissionRow(appId, orgId, { receiptCode: `T-${taskId}-${orgId}-${periodKey}-${at}`, submittedAt: at }),
        values,
        taskId,
        periodKey,
      });

    it('creates a task with its assignees, visible to the sender and to the assignees above, not to others', async () => {
      const task = await storage.tasks.create(newTask(), AT);
      expect(task).toMatchObject({
        orgId: tree.county.id,
        appId,
        appTitle: '周报',
        status: 'open',
        prefillFields: ['population'],
        masterBindings: { population: '常住人口' },
        assignees: [tree.villages[0]!.id, tree.villages[1]!.id].sort((a, b) => a - b),
        createdAt: AT,
        updatedAt: AT,
      });
      expect((await storage.tasks.get(task.id, { orgId: tree.county.id }))?.id).toBe(task.id);
      expect((await storage.tasks.get(task.id, { orgId: tree.towns[0]!.id }))?.id).toBe(task.id);
      expect((await storage.tasks.get(task.id, { orgId: tree.villages[0]!.id }))?.id).toBe(task.id);
      expect(await storage.tasks.get(task.id, { orgId: tree.towns[2]!.id })).toBeUndefined();
      expect(await storage.tasks.get(task.id, { orgId: tree.villages[2]!.id })).toBeUndefined();
      expect((await storage.tasks.list({ orgId: tree.towns[0]!.id })).map((t) => t.id)).toEqual([task.id]);
      expect(await storage.tasks.list({ orgId: tree.towns[2]!.id })).toEqual([]);
    });

    it('lists newest first, updates, and keeps closed tasks out of the to-do', async () => {
      const first = await storage.tasks.create(newTask(), AT);
      const second = await storage.tasks.create(newTask({ title: '第二个' }), AT);
      expect((await storage.tasks.list({ orgId: tree.county.id })).map((t) => t.id)).toEqual([second.id, first.id]);
      await storage.tasks.update(first.id, { title: '改名', deadlineDays: 5, prefillFields: [] }, LATER);
      expect(await storage.tasks.get(first.id, { orgId: tree.county.id })).toMatchObject({
        title: '改名',
        deadlineDays: 5,
        prefillFields: [],
        masterBindings: { population: '常住人口' },
        updatedAt: LATER,
      });
      await storage.tasks.close(second.id, LATER);
      expect((await storage.tasks.assignedTo(tree.villages[0]!.id)).map((t) => t.id)).toEqual([first.id]);
      expect(await storage.tasks.assignedTo(tree.towns[0]!.id)).toEqual([]);
      expect((await storage.tasks.get(second.id, { orgId: tree.county.id }))?.status).toBe('closed');
    });

    it('replaces the assignees when asked, keeping the reports of removed orgs', async () => {
      const task = await storage.tasks.create(newTask(), AT);
      const [kept, removed] = [tree.villages[0]!.id, tree.villages[1]!.id];
      await report(task.id, removed, '2026-W45', { population: 7 });
      const next = [kept, tree.towns[2]!.id];
      await storage.tasks.update(task.id, { assignees: next }, LATER);
      const after = await storage.tasks.get(task.id, { orgId: tree.county.id });
      expect([...(after?.assignees ?? [])].sort((a, b) => a - b)).toEqual([...next].sort((a, b) => a - b));
      expect(after?.updatedAt).toBe(LATER);
      expect((await storage.tasks.assignedTo(removed)).map((t) => t.id)).not.toContain(task.id);
      expect((await storage.tasks.assignedTo(tree.towns[2]!.id)).map((t) => t.id)).toContain(task.id);
      expect((await storage.tasks.fill(task.id, '2026-W45', removed))?.submission.values).toEqual({ population: 7 });
    });

    it('replaces the assignees and keeps the reports of orgs taken off', async () => {
      const task = await storage.tasks.create(newTask(), AT);
      const [a, b, c] = [tree.villages[0]!.id, tree.villages[1]!.id, tree.villages[7]!.id];
      await report(task.id, a, '2026-W45', { population: 100 });
      await storage.tasks.update(task.id, { assignees: [c, b] }, LATER);
      expect(await storage.tasks.get(task.id, { orgId: tree.county.id })).toMatchObject({
        assignees: [b, c].sort((x, y) => x - y),
        updatedAt: LATER,
      });
      expect((await storage.tasks.assignedTo(c)).map((t) => t.id)).toEqual([task.id]);
      expect(await storage.tasks.assignedTo(a)).toEqual([]);
      expect((await storage.tasks.fill(task.id, '2026-W45', a))?.submission.values).toEqual({ population: 100 });
    });

    it('keeps one report per org per period: a second one corrects it and keeps the first values', async () => {
      const task = await storage.tasks.create(newTask(), AT);
      const village = tree.villages[0]!.id;
      const first = await report(task.id, village, '2026-W45', { population: 100 });
      expect(first).toMatchObject({ orgId: village, revision: 1, correctedAt: null, corrected: false });
      expect(first.submission).toMatchObject({ values: { population: 100 }, submittedAt: AT, status: 'received' });
      const again = await report(task.id, village, '2026-W45', { population: 120 }, LATER);
      expect(again).toMatchObject({ revision: 2, correctedAt: LATER, corrected: true });
      // The first report's time stays: a correction does not make a report late.
      expect(again.submission).toMatchObject({ id: first.submission.id, values: { population: 120 }, submittedAt: AT });
      expect(await storage.tasks.revisions(first.submission.id)).toEqual([
        { revision: 1, values: { population: 100 }, submittedAt: AT },
      ]);
      const third = await report(task.id, village, '2026-W45', { population: 130 }, '2026-11-10T02:00:00.000Z');
      expect(third.revision).toBe(3);
      expect((await storage.tasks.revisions(first.submission.id)).map((r) => [r.revision, r.submittedAt])).toEqual([
        [1, AT],
        [2, LATER],
      ]);
    });

    it('stores first reports sent at the same moment as one report and its corrections', async () => {
      const task = await storage.tasks.create(newTask(), AT);
      const village = tree.villages[0]!.id;
      const times = [1, 2, 3, 4, 5, 6].map((d) => `2026-11-0${d + 2}T02:00:00.000Z`);
      const all = await Promise.all(times.map((at, i) => report(task.id, village, '2026-W45', { population: i }, at)));
      expect(all.filter((r) => !r.corrected)).toHaveLength(1);
      expect(new Set(all.map((r) => r.submission.id)).size).toBe(1);
      const fills = await storage.tasks.fills(task.id, '2026-W45', { orgId: tree.county.id });
      expect(fills.map((f) => f.revision)).toEqual([times.length]);
      expect(await storage.tasks.revisions(fills[0]!.submission.id)).toHaveLength(times.length - 1);
    });

    it('finds the reports of a period inside a scope and the latest report before a period', async () => {
      const task = await storage.tasks.create(newTask(), AT);
      const [a, b] = [tree.villages[0]!.id, tree.villages[1]!.id];
      await report(task.id, a, '2026-W45', { population: 100 });
      await report(task.id, b, '2026-W45', { population: 200 });
      await report(task.id, a, '2026-W47', { population: 110 });
      const fills = await storage.tasks.fills(task.id, '2026-W45', { orgId: tree.towns[0]!.id });
      expect(fills.map((f) => [f.orgId, f.submission.values.population]).sort()).toEqual(
        [
          [a, 100],
          [b, 200],
        ].sort(),
      );
      expect(await storage.tasks.fills(task.id, '2026-W45', { orgId: tree.towns[1]!.id })).toEqual([]);
      expect((await storage.tasks.fill(task.id, '2026-W47', a))?.submission.values).toEqual({ population: 110 });
      expect(await storage.tasks.fill(task.id, '2026-W46', a)).toBeUndefined();
      expect((await storage.tasks.latestBefore(task.id, '2026-W48', a))?.submission.values).toEqual({
        population: 110,
      });
      expect((await storage.tasks.latestBefore(task.id, '2026-W47', a))?.submission.values).toEqual({
        population: 100,
      });
      expect(await storage.tasks.latestBefore(task.id, '2026-W45', a)).toBeUndefined();
    });

    it('keeps master data with history and records only values that changed', async () => {
      const org = tree.villages[3]!.id;
      const by = { userId: null, source: 'edit' };
      expect(await storage.masterData.set(org, { 常住人口: 1000, 户数: 300 }, by, AT)).toEqual(['常住人口', '户数']);
      expect(
        await storage.masterData.set(org, { 常住人口: 1000, 户数: 310 }, { userId: null, source: 'task:1:W45' }, LATER),
      ).toEqual(['户数']);
      expect(await storage.masterData.current(org)).toEqual({
        常住人口: { value: 1000, at: AT, byUserId: null, source: 'edit' },
        户数: { value: 310, at: LATER, byUserId: null, source: 'task:1:W45' },
      });
      expect((await storage.masterData.history(org, '户数')).map((v) => v.value)).toEqual([300, 310]);
      expect(await storage.masterData.current(tree.villages[4]!.id)).toEqual({});
    });

    it('lists an org its own notices, newest first, up to a limit', async () => {
      const task = await storage.tasks.create(newTask(), AT);
      const [a, b] = [tree.villages[0]!.id, tree.villages[1]!.id];
      await storage.notices.add([
        { orgId: a, taskId: task.id, periodKey: '2026-W45', message: '请填报', createdAt: AT, createdBy: null },
        { orgId: b, taskId: task.id, periodKey: '2026-W45', message: '请填报', createdAt: AT, createdBy: null },
        { orgId: a, taskId: null, periodKey: null, message: '再次提醒', createdAt: LATER, createdBy: null },
      ]);
      const notices = await storage.notices.list(a);
      expect(notices.map((n) => n.message)).toEqual(['再次提醒', '请填报']);
      expect(notices[1]).toMatchObject({ orgId: a, taskId: task.id, periodKey: '2026-W45', createdAt: AT });
      expect((await storage.notices.list(a, 1)).map((n) => n.message)).toEqual(['再次提醒']);
    });
  });
}
