import { validateDefinition } from '@sprout/shared/validate-definition';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './index.ts';

describe('example apps', () => {
  it.each(Object.entries(EXAMPLES))('%s is a valid definition', (_slug, def) => {
    const result = validateDefinition(def);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});
