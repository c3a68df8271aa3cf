import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { EXAMPLES } from '@sprout/examples';
import { evaluateComputed, evaluateOutcome, validateSubmission } from '@sprout/shared/submission';
import { sampleValues } from '../src/seed/samples.ts';

/**
 * CPU cost of shared's checks on one health-code submission, measured in this process,
 * so the report can say how much of a submit's budget validation alone takes.
 */
export function measureValidation(iterations = 3000): { validateMicros: number; computedMicros: number } {
  const def = EXAMPLES['health-code'];
  const values = sampleValues('2026-03-02')['health-code']?.[0];
  if (!def || !values) throw new Error('health-code example or sample missing');
  const clock = { now: new Date(), utcOffsetMinutes: 480 };
  const run = () => {
    const r = validateSubmission(def, values, { clock });
    if (r.ok) evaluateOutcome(def, r.value.values, r.value.computed, clock);
  };
  for (let i = 0; i < 500; i++) run();
  let start = performance.now();
  for (let i = 0; i < iterations; i++) run();
  const validateMicros = ((performance.now() - start) / iterations) * 1000;
  start = performance.now();
  for (let i = 0; i < iterations; i++) evaluateComputed(def, values, clock);
  const computedMicros = ((performance.now() - start) / iterations) * 1000;
  return { validateMicros, computedMicros };
}

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
