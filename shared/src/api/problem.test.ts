import { describe, expect, it } from 'vitest';
import { submissionFieldIssues, submissionFieldPath } from './problem.ts';

describe('submission field paths on the wire', () => {
  it('prefixes field paths with values. and reads them back, dropping issues that are not about fields', () => {
    expect(submissionFieldPath('members[0].age')).toBe('values.members[0].age');
    expect(submissionFieldPath('')).toBe('values');
    const problem = {
      errors: [
        { path: 'values.members[0].age', message: '太大' },
        { path: 'version', message: '没有此版本' },
        { path: 'values', message: '不是对象' },
      ],
    };
    expect(submissionFieldIssues(problem)).toEqual([{ path: 'members[0].age', message: '太大' }]);
  });
});
