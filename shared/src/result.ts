/** A problem with a value, located by a path such as `pages[0].nodes[3].props.options[2].value`. */
export interface Issue {
  path: string;
  message: string;
  /** Stable machine-readable kind, e.g. `required`, `unknown-name`. */
  code?: string;
}

/**
 * Validation results are values, never exceptions.
 * @example
 * const r = validateDefinition(json);
 * if (!r.ok) console.log(r.issues[0].path);
 */
export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(issues: Issue[]): Result<T> {
  return { ok: false, issues };
}

/** Joins path segments the way JavaScript would write the access: `a.b[2].c`. */
export function joinPath(...segments: Array<string | number>): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (s === '') continue;
    else out += out === '' ? s : `.${s}`;
  }
  return out;
}
