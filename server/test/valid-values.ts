import { sampleValues } from '../src/seed/samples.ts';

/** A valid health-code submission body (the seed's own sample, so it stays valid as the example evolves). */
export function healthValues(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const first = sampleValues('2026-03-02')['health-code']?.[0];
  if (!first) throw new Error('the seed lost its health-code sample');
  return { ...first, ...overrides };
}
