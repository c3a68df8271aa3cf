/**
 * JSON text with object keys sorted at every level, so two bodies that mean the same
 * (`{"a":1,"b":2}` and `{"b":2,"a":1}`) give the same text and the same hash.
 * Array order is meaning, so it stays. The text is exactly `JSON.stringify` of the value
 * with its keys sorted (stored body hashes depend on it), written in one pass: every
 * submission hashes its body, and copying each object into a sorted one first cost
 * several times more.
 */
export function canonicalJson(value: unknown): string {
  return write(value) ?? 'null';
}

// Answers undefined where JSON.stringify leaves a value out (an object's undefined member).
function write(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += `${i > 0 ? ',' : ''}${write(value[i]) ?? 'null'}`;
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  // sort() without a comparator orders strings by UTF-16 code units, as `<` does, without
  // calling back into JavaScript for every comparison.
  for (const key of Object.keys(record).sort()) {
    const text = write(record[key]);
    if (text === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${text}`;
  }
  return `${out}}`;
}
