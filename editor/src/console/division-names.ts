/** A division code's parent by GB/T 2260 and statistical code lengths: 12 → 9 → 6 → 4 → 2. */
export function parentCode(code: string): string | null {
  const lengths = [2, 4, 6, 9, 12];
  const at = lengths.indexOf(code.length);
  if (!/^\d+$/.test(code) || at <= 0) return null;
  return code.slice(0, lengths[at - 1]);
}

/** The parents whose children must be fetched to name every code (provinces come with `null`). */
export function parentsToFetch(codes: Iterable<string>): Array<string | null> {
  const out = new Set<string | null>();
  for (const code of codes) {
    if (!/^\d+$/.test(code)) continue;
    out.add(code.length === 2 ? null : parentCode(code));
  }
  return [...out].filter((p) => p !== undefined);
}
