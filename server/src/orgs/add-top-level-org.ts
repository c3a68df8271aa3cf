import type { Issue } from '@sprout/shared/result';
import type { Org, Storage } from '../storage/types.ts';

export type AddTopLevelOrgResult = { ok: true; org: Org } | { ok: false; status: 409 | 422; issue: Issue };

/**
 * Adds a top-level org (a county, a city…) for a division: its name and level come
 * from the division data, so `330110` becomes 余杭区. One org per division.
 */
export async function addTopLevelOrg(storage: Storage, code: string): Promise<AddTopLevelOrgResult> {
  const division = await storage.divisions.get(code);
  if (!division) {
    return {
      ok: false,
      status: 422,
      issue: { path: 'division', message: `没有行政区划代码 ${code}（No division ${code}）` },
    };
  }
  const existing = await storage.orgs.byCode(code);
  if (existing) {
    const message = `「${existing.name}」（${code}）已经存在（An org for ${code} exists already）`;
    return { ok: false, status: 409, issue: { path: 'division', message } };
  }
  const org = await storage.orgs.create({ parentId: null, name: division.name, code, level: division.level });
  return { ok: true, org };
}
