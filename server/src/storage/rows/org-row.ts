import type { DivisionLevel } from '@sprout/shared/validators';
import type { Org } from '../types.ts';

/** An orgs row, on every engine (SQLite's 0/1 `disabled` read by `sqlite/stored-row.ts`). */
export interface OrgRow {
  id: number;
  parent_id: number | null;
  name: string;
  code: string;
  level: DivisionLevel;
  disabled: boolean;
}

export const toOrg = (r: OrgRow): Org => ({
  id: r.id,
  parentId: r.parent_id,
  name: r.name,
  code: r.code,
  level: r.level,
  disabled: r.disabled,
});
