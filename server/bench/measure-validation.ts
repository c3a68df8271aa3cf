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
