import type { FieldValues } from 'react-hook-form';

/**
 * An answer by its react-hook-form path (`age`, `members.0.age`), read from the form's store;
 * undefined when there is none. Only own properties are followed, so no path reaches a prototype.
 *
 * Why not `getValues(path)`: it parses the path with a regular expression and builds arrays
 * on every call, about 3 µs each on code the engine has not optimized yet, and a
 * thousand-field form reads each field as it mounts. The store is `control._formValues`, the
 * object react-hook-form's own hooks (useWatch, useFieldArray) read.
 * @example readFormValue(form.control._formValues, 'members.0.age')
 */
export function readFormValue(values: FieldValues, path: string): unknown {
  let at: unknown = values;
  let start = 0;
  for (;;) {
    const dot = path.indexOf('.', start);
    const key = start === 0 && dot === -1 ? path : path.slice(start, dot === -1 ? undefined : dot);
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
    if (dot === -1) return at;
    start = dot + 1;
  }
}
