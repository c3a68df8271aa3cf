import { describe, expect, it } from 'vitest';
import { archiveMessage, memberProblem, PACK_LIMITS, pathProblem, withoutPackageFolder } from './archive-rules.ts';

const file = (path: string, size = 10) => ({ path, type: 'file', size });

describe('pack archive rules', () => {
  it('keeps plain relative paths and refuses escapes, absolute paths and odd characters', () => {
    expect(pathProblem('widgets/acme.plateNumber.js')).toBeUndefined();
    expect(['../x.js', 'a/../../x.js', './x.js', 'a//b.js'].map(pathProblem)).toEqual(Array(4).fill('escape'));
    expect(['/etc/passwd', 'C:/x.js'].map(pathProblem)).toEqual(['absolute', 'absolute']);
    expect(pathProblem('a\\b.js')).toBe('characters');
  });

  it('names why a member is refused, in the order a reader meets the checks', () => {
    const none = new Set<string>();
    expect(memberProblem({ path: 'widgets', type: 'directory', size: 0 }, none)).toBeUndefined();
    expect(memberProblem(file('widgets/a.js'), none)).toBeUndefined();
    expect(memberProblem({ path: 'widgets/a.js', type: 'symlink', size: 0 }, none)).toBe('type');
    expect(memberProblem(file('../a.js'), none)).toBe('path');
    expect(memberProblem(file('index.html'), none)).toBe('kind');
    expect(memberProblem(file('LICENSE'), none)).toBeUndefined();
    expect(memberProblem(file('a.js', PACK_LIMITS.fileBytes + 1), none)).toBe('file');
    expect(memberProblem(file('a.js'), new Set(['a.js']))).toBe('twice');
    const full = new Set(Array.from({ length: PACK_LIMITS.files }, (_, i) => `f${i}.js`));
    expect(memberProblem(file('more.js'), full)).toBe('count');
  });

  it('says each refusal in Chinese and English', () => {
    expect(archiveMessage('twice', 'zh-CN')).toBe('同一路径出现两次');
    expect(archiveMessage('twice', 'en')).toBe('The same path appears twice');
  });

  it('takes off npm pack’s package/ folder only when every file is in it', () => {
    expect(withoutPackageFolder([{ path: 'package/a.js' }, { path: 'package/b/c.md' }])).toEqual([
      { path: 'a.js' },
      { path: 'b/c.md' },
    ]);
    expect(withoutPackageFolder([{ path: 'package/a.js' }, { path: 'b.js' }])).toEqual([
      { path: 'package/a.js' },
      { path: 'b.js' },
    ]);
  });
});
