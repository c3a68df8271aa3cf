import { z } from 'zod';
import { appDefinitionSchema } from './schema.ts';

/**
 * The JSON Schema (2020-12) of AppDefinition, generated from the zod schema so the two
 * can never disagree. Committed at shared/schema/app-definition.schema.json.
 */
export function appDefinitionJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(appDefinitionSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  return {
    ...schema,
    $id: 'https://sprout.example/schema/app-definition.schema.json',
    title: 'Sprout AppDefinition',
    description:
      'A Sprout micro-app: pages of nodes, logic, computed values, outcomes and settings. Component props are checked against the catalog by validateDefinition, beyond this schema.',
  };
}

export function jsonSchemaText(): string {
  return `${JSON.stringify(appDefinitionJsonSchema(), null, 2)}\n`;
}
