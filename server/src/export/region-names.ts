import type { DivisionStore } from '../storage/types.ts';
import { detached } from './detached.ts';

/** Division codes turned into name paths, looked up once per export and then read synchronously. */
export interface RegionNames {
  /** Looks up the codes not seen yet (and their ancestors). */
  prime(codes: Iterable<string>): Promise<void>;
  /** `浙江省/杭州市/余杭区/径山镇/径山村`, or the code itself when the division is unknown. */
  path(code: string): string;
}

/**
 * A per-export cache of division name paths: an export of thousands of rows from a few
 * villages asks the database a handful of times.
 * @example const names = regionNames(storage.divisions); await names.prime(['330110109222']);
 */
export function regionNames(divisions: DivisionStore): RegionNames {
  const paths = new Map<string, string>();
  const resolve = async (code: string): Promise<string> => {
    const known = paths.get(code);
    if (known !== undefined) return known;
    const division = await divisions.get(code);
    const path = !division
      ? code
      : division.parentCode
        ? `${await resolve(division.parentCode)}/${division.name}`
        : division.name;
    // Codes come from answers that may be slices of a page's text: keep a copy.
    paths.set(detached(code), path);
    return path;
  };
  return {
    prime: async (codes) => {
      for (const code of codes) if (!paths.has(code)) await resolve(code);
    },
    path: (code) => paths.get(code) ?? code,
  };
}
