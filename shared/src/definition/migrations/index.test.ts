import { describe, expect, it } from 'vitest';
import { migrateDefinition, type MigrationStep } from './index.ts';

describe('migrateDefinition', () => {
  it('applies a synthetic chain v1→v2→v3 in order', () => {
    const steps: MigrationStep[] = [
      (d) => ({ ...d, schemaVersion: 2, seen: ['v2'] }),
      (d) => ({ ...d, schemaVersion: 3, seen: [...(d.seen as string[]), 'v3'] }),
    ];
    const r = migrateDefinition({ schemaVersion: 1 }, steps, 3);
    expect(r).toEqual({ ok: true, value: { schemaVersion: 3, seen: ['v2', 'v3'] } });
  });

  it('leaves a current document as it is', () => {
    const doc = { schemaVersion: 2, meta: { title: 'x' }, pages: [] };
    expect(migrateDefinition(doc)).toEqual({ ok: true, value: doc });
  });

  it('migrates a real version-1 document to the current format', () => {
    const r = migrateDefinition({ schemaVersion: 1, title: '登记', nodes: [] });
    expect(r.ok && r.value.pages).toEqual([{ id: 'page1', nodes: [] }]);
  });

  it('refuses documents from the future and without a version', () => {
    expect(migrateDefinition({ schemaVersion: 99 })).toMatchObject({ ok: false, issues: [{ path: 'schemaVersion' }] });
    expect(migrateDefinition({})).toMatchObject({ ok: false, issues: [{ path: 'schemaVersion' }] });
    expect(migrateDefinition([])).toMatchObject({ ok: false, issues: [{ path: '' }] });
  });

  it('names the missing step when the chain has a gap', () => {
    expect(() => migrateDefinition({ schemaVersion: 1 }, [], 2)).toThrow(/No migration from schemaVersion 1/);
  });
});
