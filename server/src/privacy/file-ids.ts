import { isFileRef } from '@sprout/shared/catalog';

/** The ids of every uploaded file an answer set points at, in repeat rows too. */
export function fileIdsIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (isFileRef(value)) into.add(value.id);
  else if (Array.isArray(value)) for (const v of value) fileIdsIn(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) fileIdsIn(v, into);
  return into;
}
