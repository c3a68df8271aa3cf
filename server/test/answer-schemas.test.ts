import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANSWER_SCHEMAS_FILE, answerSchemasText } from '../scripts/answer-schemas.ts';

describe('the committed answer schemas', () => {
  it('are what shared’s wire types generate today (run `pnpm --filter @sprout/server gen:answers` if not)', () => {
    expect(readFileSync(ANSWER_SCHEMAS_FILE, 'utf8')).toBe(answerSchemasText());
  }, 60_000);
});
