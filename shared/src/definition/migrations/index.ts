import { fail, ok, type Result } from '../../result.ts';
import { CURRENT_SCHEMA_VERSION } from '../schema-version.ts';
import type { AppDefinition } from '../types.ts';
import { migrateV1ToV2 } from './v1-to-v2.ts';

export type MigrationStep = (doc: Record<string, unknown>) => Record<string, unknown>;

/** Step N turns a version-N document into version N+1; index 0 is v1→v2. */
export const MIGRATIONS: readonly MigrationStep[] = [migrateV1ToV2];

/**
 * Brings any older definition up to the current schemaVersion, one step at a time.
 * Run on every load by the editor, the runtime and the server. The answer is typed as
 * the definition the document claims to be: its shape is trusted, not checked, which
 * is right for what the server stored (it validated it on save and publish). Documents
 * from outside (a file, an import) go through `validateDefinition`, which checks it.
 * @example const r = migrateDefinition(JSON.parse(text)); if (r.ok) render(r.value);
 */
export function migrateDefinition(
  doc: unknown,
  steps: readonly MigrationStep[] = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): Result<AppDefinition> {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return fail([{ path: '', message: 'definition must be a JSON object', code: 'not-object' }]);
  }
  let current = doc as Record<string, unknown>;
  let version = current.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail([
      { path: 'schemaVersion', message: 'schemaVersion must be a positive integer', code: 'schema-version' },
    ]);
  }
  if (version > target) {
    return fail([
      {
        path: 'schemaVersion',
        message: `schemaVersion ${version} is newer than this Sprout understands (${target})`,
        code: 'schema-version',
      },
    ]);
  }
  while (version < target) {
    const step = steps[version - 1];
    if (!step) throw new Error(`No migration from schemaVersion ${version}: add one to MIGRATIONS`);
    current = step(current);
    version += 1;
    if (current.schemaVersion !== version) {
      throw new Error(`Migration to schemaVersion ${version} must set schemaVersion to ${version}`);
    }
  }
  return ok(current as unknown as AppDefinition);
}
