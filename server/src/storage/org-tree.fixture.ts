import type { Org, Storage } from './types.ts';

/**
 * The org tree the contract suites share: 余杭区 › 径山镇 › 径山村, and 瓶窑镇 beside
 * 径山镇 for "another subtree". Real division codes, so code-based lookups behave as in use.
 */
export async function yuhangTree(storage: Storage): Promise<{ county: Org; town: Org; village: Org; otherTown: Org }> {
  const county = await storage.orgs.create({ parentId: null, name: '余杭区', code: '330110', level: 'county' });
  const town = await storage.orgs.create({ parentId: county.id, name: '径山镇', code: '330110109', level: 'township' });
  const village = await storage.orgs.create({
    parentId: town.id,
    name: '径山村',
    code: '330110109222',
    level: 'village',
  });
  const otherTown = await storage.orgs.create({
    parentId: county.id,
    name: '瓶窑镇',
    code: '330110110',
    level: 'township',
  });
  return { county, town, village, otherTown };
}
