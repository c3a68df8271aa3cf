import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBlankDefinition } from '@sprout/shared/definition';
import { afterEach, expect, it } from 'vitest';
import { createSqliteStorage } from '../storage/sqlite/index.ts';
import type { AuditEntry, Storage } from '../storage/types.ts';
import { runUploadPurge } from './purge-unattached.ts';

const dir = mkdtempSync(join(tmpdir(), 'sprout-purge-'));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('runUploadPurge deletes loose files older than 24 h and records how many went, with no names', async () => {
  const real = createSqliteStorage({ file: join(dir, 'x.db') });
  const recorded: AuditEntry[] = [];
  const storage: Storage = {
    ...real,
    audit: {
      ...real.audit,
      record: (e) => {
        recorded.push(e);
        return real.audit.record(e);
      },
    },
  };
  const org = await storage.orgs.create({ parentId: null, name: '余杭区', code: '330110', level: 'county' });
  const draft = createBlankDefinition('x');
  const app = await storage.apps.create({ orgId: org.id, slug: 'p', title: 'p', draft, createdBy: null, now: '' });
  const upload = (id: string, createdAt: string) =>
    storage.uploads.save(
      { id, appId: app.id, name: '身份证.png', size: 1, type: 'image/png', createdAt },
      new Uint8Array(1),
    );
  await upload('a', '2026-03-01T00:00:00.000Z');
  await upload('b', '2026-03-02T09:00:00.000Z');
  expect(await runUploadPurge(storage, new Date('2026-03-02T12:00:00.000Z'))).toEqual({ files: 1 });
  expect(recorded).toEqual([expect.objectContaining({ action: 'uploads.purge', detail: { files: 1 } })]);
  expect(JSON.stringify(recorded)).not.toContain('身份证');
  await real.close();
});
