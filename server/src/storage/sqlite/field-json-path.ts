import { statsFieldPath } from '@sprout/shared/stats';

/** SQLite's JSON path of a field key: `crop` → `$."crop"`, a pack field's part `payee.bank` → `$."payee"."bank"`. */
export function fieldJsonPath(key: string): string {
  return `$.${statsFieldPath(key)
    .map((segment) => JSON.stringify(segment))
    .join('.')}`;
}
