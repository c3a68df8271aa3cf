import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { measureValidation } from './measure-validation.ts';

/**
 * The same measurement on shared's code bundled as the production server bundles it and
 * run by plain node. Measured in the bench process itself (through tsx) it reads 2–4×
 * higher: tsx keeps function names by wrapping every closure (`__name`), which the
 * hot `createScope` and formula evaluation pay on each call and the server's build does not.
 */
export async function measureValidationBuilt(dir: string): Promise<ReturnType<typeof measureValidation>> {
  const outfile = join(dir, 'validation-probe.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'validation-probe.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    logLevel: 'warning',
  });
  const run = spawnSync(process.execPath, [outfile], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the validation probe failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim()) as ReturnType<typeof measureValidation>;
}
