import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '@sprout/examples';
import { appDefinitionJsonSchema, jsonSchemaText } from './json-schema.ts';

describe('the committed JSON Schema', () => {
  it('is what the zod schema generates today (run `pnpm --filter @sprout/shared gen:schema` if not)', () => {
    const committed = readFileSync(new URL('../../schema/app-definition.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(jsonSchemaText());
  });

  it('describes the top-level shape and recursion of nodes', () => {
    const schema = appDefinitionJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'meta', 'pages', 'settings']));
    expect(JSON.stringify(schema)).toContain('"children"');
    expect(Object.keys(EXAMPLES).length).toBe(4);
  });
});
