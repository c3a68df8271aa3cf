import type { Org, Storage } from './types.ts';

export interface TaskTree {
  county: Org;
  towns: Org[];
  villages: Org[];
  /** The township each village belongs to. */
  townOf: Map<number, Org>;
}

/** The three-level tree of the task tests: 1 county, 3 townships, 20 villages (7, 7, 6). */
export async function createTaskTree(storage: Storage, codePrefix = '330110'): Promise<TaskTree> {
  const county = await storage.orgs.create({ parentId: null, name: '测试县', code: codePrefix, level: 'county' });
  const towns: Org[] = [];
  const villages: Org[] = [];
  const townOf = new Map<number, Org>();
  for (const [t, size] of [7, 7, 6].entries()) {
    const town = await storage.orgs.create({
      parentId: county.id,
      name: `${'甲乙丙'[t]}镇`,
      code: `${codePrefix}${String(101 + t).padStart(3, '0')}`,
      level: 'township',
    });
    towns.push(town);
    for (let v = 0; v < size; v++) {
      const village = await storage.orgs.create({
        parentId: town.id,
        name: `${'甲乙丙'[t]}${v + 1}村`,
        code: `${town.code}${String(201 + v).padStart(3, '0')}`,
        level: 'village',
      });
      villages.push(village);
      townOf.set(village.id, town);
    }
  }
  return { county, towns, villages, townOf };
}
