import type { ApiAnswerName } from '@sprout/shared/api';
import answerSchemas from './answer-schemas.json' with { type: 'json' };

/** A JSON Schema (2020-12, as OpenAPI 3.1 takes it) generated from a shared wire type. */
export type AnswerSchema = Record<string, unknown>;

/** Every generated schema by component name: the answers and the types they reach. */
export const ANSWER_SCHEMAS = answerSchemas.schemas as Record<string, AnswerSchema>;

const PREFIX = '#/components/schemas/';

/** Where the OpenAPI document keeps the schema of an answer. */
export const answerRef = (name: ApiAnswerName) => ({ $ref: `${PREFIX}${name}` });

function refsIn(node: unknown, found: Set<string>): void {
  if (Array.isArray(node)) for (const item of node) refsIn(item, found);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith(PREFIX)) found.add(v.slice(PREFIX.length));
      else refsIn(v, found);
    }
  }
}

const reachCache = new Map<string, string[]>();

/** The component names an answer needs in the document: itself and every schema it refers to, transitively. */
export function schemasReachedFrom(name: ApiAnswerName): string[] {
  const cached = reachCache.get(name);
  if (cached) return cached;
  const seen = new Set<string>();
  const todo: string[] = [name];
  while (todo.length) {
    const next = todo.pop()!;
    if (seen.has(next)) continue;
    const schema = ANSWER_SCHEMAS[next];
    if (!schema) throw new Error(`no generated schema "${next}": run pnpm --filter @sprout/server gen:answers`);
    seen.add(next);
    const refs = new Set<string>();
    refsIn(schema, refs);
    todo.push(...refs);
  }
  const names = [...seen];
  reachCache.set(name, names);
  return names;
}
