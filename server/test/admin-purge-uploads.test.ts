import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createBlankDefinition } from '@sprout/shared/definition';
import { afterAll, expect, it } from 'vitest';
import { createSqliteStorage } from '../src/storage/sqlite/index.ts';
import { pngBytes } from './file-bytes.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const home = mkdtempSync(join(tmpdir(), 'sprout-admin-purge-'));
const dbFile = join(home, 'data', 'sprout.db');
afterAll(() => rmSync(home, { recursive: true, force: true }));

it('npm run admin -- purge-uploads deletes loose files older than a day, keeps the rest, and audits the count', async () => {
  const storage = createSqliteStorage({ file: dbFile, divisions: 'fixture' });
  const org = await storage.orgs.create({ parentId: null, name: '余杭区', code: '330110', level: 'county' });
  const draft = createBlankDefinition('x');
  const app = await storage.apps.create({ orgId: org.id, slug: 'p', title: 'p', draft, createdBy: null, now: '' });
  const day = 24 * 3600_000;
  const file = (id: string, ageMs: number) => ({
    id,
    appId: app.id,
    name: `${id}.png`,
    size: 32,
    type: 'image/png',
    createdAt: new Date(Date.now() - ageMs).toISOString(),
  });
  await storage.uploads.save(file('old-loose', 2 * day), pngBytes(32));
  await storage.uploads.save(file('old-kept', 2 * day), pngBytes(32));
  await storage.uploads.save(file('new-loose', 3600_000), pngBytes(32));
  await storage.uploads.attach(app.id, ['old-kept'], new Date().toISOString());
  await storage.close();

  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SPROUT_')));
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/cli/admin.ts', 'purge-uploads'], {
    cwd: ROOT,
    env: { ...clean, SPROUT_DATA_DIR: join(home, 'data'), SPROUT_DIVISIONS: 'fixture' },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toContain('已删除 1 个');

  const after = createSqliteStorage({ file: dbFile, divisions: 'fixture' });
  try {
    expect(await after.uploads.get(app.id, 'old-loose')).toBeUndefined();
    expect(await after.uploads.get(app.id, 'old-kept')).toBeDefined();
    expect(await after.uploads.get(app.id, 'new-loose')).toBeDefined();
  } finally {
    await after.close();
  }
}, 60_000);
