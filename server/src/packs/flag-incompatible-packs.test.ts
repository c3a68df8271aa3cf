import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bankAccountPack } from '@sprout/examples/packs/bank-account';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSqliteStorage } from '../storage/sqlite/index.ts';
import type { Storage } from '../storage/types.ts';
import { flagIncompatiblePacks } from './flag-incompatible-packs.ts';
import { packsForOrg } from './pack-catalog.ts';
import { packView } from './pack-view.ts';

const AT = '2026-03-02T02:00:00.000Z';

describe('flagIncompatiblePacks: the startup check after an upgrade of Sprout', () => {
  let dir: string;
  let storage: Storage;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sprout-compat-'));
    storage = createSqliteStorage({ file: join(dir, 'x.db'), divisions: 'fixture' });
  });
  afterEach(async () => {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const install = async (version: string, componentApi: string, host: Record<string, string> = {}) => {
    const pack = await storage.packs.insert(
      {
        name: bankAccountPack.name,
        version,
        sha256: version.replace(/\D/g, '').padEnd(64, '0'),
        manifest: { ...bankAccountPack, version, componentApi, host },
        uploadedBy: null,
        uploaderOrgId: null,
        uploadedAt: AT,
      },
      [],
    );
    if (pack === 'exists') throw new Error('installed twice');
    return pack;
  };

  it('flags a pack this Sprout no longer fits, once, and reads use the flag without recomputing', async () => {
    const county = await storage.orgs.create({ parentId: null, name: '余杭区', code: '330110', level: 'county' });
    const fits = await install('1.0.0', '^1.0.0');
    // Installed by an older Sprout whose component API was 0.x, or built against React 18.
    const old = await install('1.1.0', '^0.9.0');
    const oldReact = await install('1.2.0', '^1.0.0', { react: '18.3.1' });
    for (const p of [fits, old, oldReact]) await storage.packs.approve(p.id, county.id, null, AT);

    const flagged = await flagIncompatiblePacks(storage.packs);
    expect(flagged).toHaveLength(2);
    expect((await storage.packs.get(old.id))?.incompatibleReason).toContain('^0.9.0');
    expect((await storage.packs.get(oldReact.id))?.incompatibleReason).toContain('react 18.3.1');
    expect((await storage.packs.get(fits.id))?.incompatibleReason).toBeNull();
    // A second start finds nothing new to write.
    const writes = vi.spyOn(storage.packs, 'flagIncompatible');
    expect(await flagIncompatiblePacks(storage.packs)).toEqual([]);
    expect(writes).not.toHaveBeenCalled();

    expect((await packsForOrg(storage.packs, county.id)).map((p) => p.version)).toEqual(['1.0.0']);
    const view = packView((await storage.packs.get(old.id))!, [], []);
    expect(view).toMatchObject({ state: 'incompatible', runtime: { blocked: true } });
    expect(view.blockReason).toContain('组件接口');
  });
});
