import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Result } from '@sprout/shared';
import { PACK_MANIFEST_FILE, type PackManifest } from '@sprout/shared/catalog/pack';

/**
 * Reads the pack's source `sprout-pack.json`. Only JSON and the bare shape are checked
 * here; the full check is shared's manifest validator, run on the built manifest.
 */
export async function readSourceManifest(dir: string): Promise<Result<PackManifest>> {
  let text: string;
  try {
    text = await readFile(join(dir, PACK_MANIFEST_FILE), 'utf8');
  } catch {
    return { ok: false, issues: [{ path: PACK_MANIFEST_FILE, message: `No ${PACK_MANIFEST_FILE} in ${dir}` }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ path: PACK_MANIFEST_FILE, message: `Not JSON: ${(error as Error).message}` }] };
  }
  if (!json || typeof json !== 'object' || !Array.isArray((json as { components?: unknown }).components))
    return { ok: false, issues: [{ path: 'components', message: 'A pack manifest lists its components in an array' }] };
  return { ok: true, value: json as PackManifest };
}
