/**
 * The little of semantic versioning packs need: `MAJOR.MINOR.PATCH` versions (with an
 * optional pre-release) and ranges made of `^`, `~`, `>=`, `>`, `<=`, `<`, `=`, exact
 * versions, `*`, space-joined (and) and `||`-joined (or) comparators.
 */
export type Version = readonly [number, number, number, string];

const VERSION_RE = /^v?(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(?:-([0-9A-Za-z.-]{1,40}))?$/;

/** @example parseVersion('1.2.0') // [1, 2, 0, ''] */
export function parseVersion(text: string): Version | undefined {
  const m = VERSION_RE.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] ?? ''] : undefined;
}

export function isVersion(text: string): boolean {
  return parseVersion(text) !== undefined;
}

/** Orders two versions; a pre-release sorts before its release. */
export function compareVersions(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  if (a[3] === b[3]) return 0;
  if (a[3] === '') return 1;
  if (b[3] === '') return -1;
  return a[3] < b[3] ? -1 : 1;
}

type Comparator = (v: Version) => boolean;

function comparator(token: string): Comparator | undefined {
  if (token === '*' || token === 'x') return () => true;
  const m = /^(\^|~|>=|<=|>|<|=)?(.+)$/.exec(token);
  const base = m ? parseVersion(m[2] as string) : undefined;
  if (!m || !base) return undefined;
  const cmp = (v: Version) => compareVersions(v, base);
  switch (m[1]) {
    case '^':
      return (v) => cmp(v) >= 0 && compareVersions(v, caretCeiling(base)) < 0;
    case '~':
      return (v) => cmp(v) >= 0 && compareVersions(v, [base[0], base[1] + 1, 0, '']) < 0;
    case '>=':
      return (v) => cmp(v) >= 0;
    case '<=':
      return (v) => cmp(v) <= 0;
    case '>':
      return (v) => cmp(v) > 0;
    case '<':
      return (v) => cmp(v) < 0;
    default:
      return (v) => cmp(v) === 0;
  }
}

// ^1.2.3 allows <2.0.0; ^0.2.3 allows <0.3.0; ^0.0.3 allows only 0.0.3.
function caretCeiling([major, minor, patch]: Version): Version {
  if (major > 0) return [major + 1, 0, 0, ''];
  if (minor > 0) return [0, minor + 1, 0, ''];
  return [0, 0, patch + 1, ''];
}

/** Compiles a range; undefined when it is not one this module understands. */
export function parseRange(range: string): Comparator | undefined {
  const alternatives = range.split('||').map((alt) => alt.trim().split(/\s+/).filter(Boolean));
  if (range.length > 200 || alternatives.some((a) => a.length === 0)) return undefined;
  const compiled = alternatives.map((alt) => alt.map(comparator));
  if (compiled.some((alt) => alt.some((c) => c === undefined))) return undefined;
  return (v) => compiled.some((alt) => alt.every((c) => (c as Comparator)(v)));
}

/**
 * Whether a version lies in a range; false when either does not parse.
 * @example satisfiesRange('1.4.0', '^1.0.0') // true
 */
export function satisfiesRange(version: string, range: string): boolean {
  const v = parseVersion(version);
  const r = parseRange(range);
  return v !== undefined && r?.(v) === true;
}
