// Regenerates shared/schema/app-definition.schema.json from the zod schema.
import { writeFileSync } from 'node:fs';
import { jsonSchemaText } from '../src/validate-definition/json-schema.ts';

const target = new URL('../schema/app-definition.schema.json', import.meta.url);
writeFileSync(target, jsonSchemaText());
console.log(`wrote ${target.pathname}`);
