/**
 * Generates the JSON Schemas of the API's answers from shared's wire types
 * (`ApiAnswers` in shared/src/api/answers.ts) into src/openapi/answer-schemas.json.
 * Dev-only: it runs the TypeScript compiler, which the server never loads.
 *   pnpm --filter @sprout/server gen:answers
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const sharedDir = fileURLToPath(new URL('../../shared/', import.meta.url));
export const ANSWER_SCHEMAS_FILE = fileURLToPath(new URL('../src/openapi/answer-schemas.json', import.meta.url));

type Json = Record<string, unknown>;

/** OpenAPI component names allow `[A-Za-z0-9._-]`: `Page<SubmissionView>` becomes `Page_SubmissionView`. */
const componentName = (definition: string) =>
  decodeURIComponent(definition)
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/_+$/, '');

/** Points `#/definitions/X` at `#/components/schemas/X'`, the place OpenAPI keeps named schemas. */
function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] =
      k === '$ref' && typeof v === 'string'
        ? `#/components/schemas/${componentName(v.slice('#/definitions/'.length))}`
        : rewriteRefs(v);
  }
  return out;
}

/**
 * `{ schemas }`: one schema per `ApiAnswers` key (a `$ref` when the key names another
 * definition) and every definition they reach, keyed by component name.
 */
export function generateAnswerSchemas(): { schemas: Record<string, Json> } {
  const generated = createGenerator({
    path: `${sharedDir}src/api/answers.ts`,
    tsconfig: `${sharedDir}tsconfig.json`,
    type: 'ApiAnswers',
    skipTypeCheck: true,
    topRef: false,
    additionalProperties: false,
    sortProps: true,
  }).createSchema('ApiAnswers') as { properties: Record<string, Json>; definitions: Record<string, Json> };
  const schemas: Record<string, Json> = {};
  for (const [name, schema] of Object.entries(generated.definitions)) {
    if (name !== 'ApiAnswers') schemas[componentName(name)] = rewriteRefs(schema) as Json;
  }
  for (const [name, schema] of Object.entries(generated.properties)) {
    const same = schema.$ref === `#/definitions/${name}`;
    if (!same) schemas[name] = rewriteRefs(schema) as Json;
  }
  const sorted = Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)));
  return { schemas: sorted };
}

export const answerSchemasText = () => `${JSON.stringify(generateAnswerSchemas(), null, 2)}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(ANSWER_SCHEMAS_FILE, answerSchemasText());
  console.log(`wrote ${ANSWER_SCHEMAS_FILE}`);
}
