import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBlankDefinition } from '@sprout/shared/definition';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStorage } from '../storage/sqlite/index.ts';
import type { Storage } from '../storage/types.ts';
import { ExportCancelled, trackExport } from './export-progress.ts';

const clock = { now: () => new Date('2026-03-02T02:00:00Z') };
let dir: string;
let storage: Storage;
let appId: number;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sprout-export-progress-'));
  storage = createSqliteStorage({ file: join(dir, 'x.db') });
  const org = await storage.orgs.create({ parentId: null, name: '余杭区', code: '330110', level: 'county' });
  const draft = createBlankDefinition('x');
  appId = (await storage.apps.create({ orgId: org.id, slug: 'a', title: 'a', draft, createdBy: null, now: '' })).id;
});
afterEach(async () => {
  await storage.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('trackExport', () => {
  it('records rows as they are written, each ~1,000 rows and the last, and the end', async () => {
    const t = await trackExport(storage, clock, { id: 'p-000001', appId, userId: 1, total: 2500 }, () => false);
    await t.onRows(150);
    expect(await storage.exportProgress.get('p-000001', 1)).toMatchObject({ done: 0, state: 'running' });
    await t.onRows(1050);
    expect(await storage.exportProgress.get('p-000001', 1)).toMatchObject({ done: 1050, state: 'running' });
    await t.onRows(1200);
    expect((await storage.exportProgress.get('p-000001', 1))?.done).toBe(1050);
    await t.onRows(2500);
    expect((await storage.exportProgress.get('p-000001', 1))?.done).toBe(2500);
    await t.finish('done');
    expect((await storage.exportProgress.get('p-000001', 1))?.state).toBe('done');
  });

  it('stops the writer at the next rows once the official cancelled', async () => {
    const t = await trackExport(storage, clock, { id: 'p-000002', appId, userId: 1, total: 1000 }, () => false);
    await t.onRows(500);
    expect(await storage.exportProgress.cancel('p-000002', 1, '')).toBe(true);
    await expect(t.onRows(1000)).rejects.toBeInstanceOf(ExportCancelled);
  });

  it('stops and records a cancel when the download connection went away', async () => {
    let gone = false;
    const t = await trackExport(storage, clock, { id: 'p-000003', appId, userId: 1, total: 1000 }, () => gone);
    gone = true;
    await expect(t.onRows(500)).rejects.toBeInstanceOf(ExportCancelled);
    expect((await storage.exportProgress.get('p-000003', 1))?.state).toBe('cancelled');
  });

  it('leaves an id already in use alone', async () => {
    await trackExport(storage, clock, { id: 'p-000004', appId, userId: 1, total: 10 }, () => false);
    const other = await trackExport(storage, clock, { id: 'p-000004', appId, userId: 2, total: 99 }, () => false);
    await other.onRows(99);
    await other.finish('done');
    expect(await storage.exportProgress.get('p-000004', 1)).toMatchObject({ total: 10, done: 0, state: 'running' });
  });

  it('without a progress id still stops when the connection went away', async () => {
    const t = await trackExport(storage, clock, { id: undefined, appId, userId: 1, total: 10 }, () => true);
    await expect(t.onRows(5)).rejects.toBeInstanceOf(ExportCancelled);
  });
});
