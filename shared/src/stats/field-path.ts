/**
 * The key statistics and answer filters name a field by: a top-level answer's name
 * (`crop`), or one part of a pack field's object value (`payee.bank`). Each segment is an
 * identifier, so storage engines can turn a checked key into a JSON path without quoting.
 */
export const STATS_FIELD_KEY = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)?$/;

/**
 * The segments of a checked key, from the answers' root.
 * @example statsFieldPath('payee.bank') // ['payee', 'bank']
 */
export function statsFieldPath(key: string): string[] {
  if (!STATS_FIELD_KEY.test(key)) throw new Error(`"${key}" is not a field key: a name, or name.part`);
  return key.split('.');
}

/**
 * The answer a field key names in one submission's values, undefined when absent.
 * @example statsFieldValue({ payee: { bank: '中国银行' } }, 'payee.bank') // '中国银行'
 */
export function statsFieldValue(values: Record<string, unknown>, key: string): unknown {
  let at: unknown = values;
  for (const segment of statsFieldPath(key)) {
    if (!at || typeof at !== 'object' || Array.isArray(at) || !Object.hasOwn(at, segment)) return undefined;
    at = (at as Record<string, unknown>)[segment];
  }
  return at;
}
