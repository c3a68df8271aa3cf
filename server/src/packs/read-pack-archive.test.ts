import { describe, expect, it } from 'vitest';
import { tgz } from '../../test/pack-archive.ts';
import { PACK_LIMITS, readPackArchive } from './read-pack-archive.ts';

/** One archive with every kind of member a pack may not hold, beside a good one. */
const unexpected = () =>
  tgz([
    { name: 'sprout-pack.json', body: '{}' },
    { name: '../../evil.js', body: 'alert(1)' },
    { name: 'dist/link.js', type: 'symlink', linkname: '/etc/passwd' },
    { name: 'dist/run.sh', body: 'rm -rf /' },
    { name: 'dist/huge.js', body: 'x'.repeat(PACK_LIMITS.fileBytes + 1) },
    { name: 'README.md', body: 'a' },
    { name: 'README.md', body: 'b' },
  ]);

describe('readPackArchive refusals', () => {
  it('names each refused member by its path, in Chinese by default', async () => {
    const read = await readPackArchive(await unexpected());
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues).toEqual([
      { path: '../../evil.js', message: '文件路径越出压缩包或不合规范' },
      { path: 'dist/link.js', message: '只能包含普通文件和文件夹，不能有链接或设备文件' },
      { path: 'dist/run.sh', message: expect.stringMatching(/^不允许的文件类型/) },
      { path: 'dist/huge.js', message: '单个文件超过 2 MB' },
      { path: 'README.md', message: '同一路径出现两次' },
    ]);
  });

  it('says the same in English when asked, paths unchanged', async () => {
    const read = await readPackArchive(await unexpected(), 'en');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues).toEqual([
      { path: '../../evil.js', message: 'The path escapes the archive or is not a plain relative path' },
      { path: 'dist/link.js', message: 'Only regular files and folders; no links or devices' },
      { path: 'dist/run.sh', message: expect.stringMatching(/^File kind not allowed/) },
      { path: 'dist/huge.js', message: 'The file is over 2 MB' },
      { path: 'README.md', message: 'The same path appears twice' },
    ]);
    // No message mixes the two languages.
    for (const issue of read.issues) expect(issue.message).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses bytes that are not a .tgz in either language', async () => {
    const bytes = new TextEncoder().encode('plain text');
    expect(await readPackArchive(bytes)).toEqual({
      ok: false,
      issues: [{ path: '', message: '不是有效的 gzip 压缩包（.tgz）' }],
    });
    expect(await readPackArchive(bytes, 'en')).toEqual({
      ok: false,
      issues: [{ path: '', message: 'Not a valid .tgz (gzip) archive' }],
    });
  });

  it('takes a clean archive, dropping npm pack’s package/ folder', async () => {
    const read = await readPackArchive(await tgz([{ name: 'package/sprout-pack.json', body: '{}' }]), 'en');
    expect(read.ok && read.files.map((f) => f.path)).toEqual(['sprout-pack.json']);
  });
});
