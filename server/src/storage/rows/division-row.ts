import type { DivisionLevel } from '@sprout/shared/validators';
import type { Division } from '../types.ts';

/** A divisions table row, the same on every engine. */
export interface DivisionRow {
  code: string;
  name: string;
  level: DivisionLevel;
  parent_code: string | null;
}

export const toDivision = (r: DivisionRow): Division => ({
  code: r.code,
  name: r.name,
  level: r.level,
  parentCode: r.parent_code,
});
