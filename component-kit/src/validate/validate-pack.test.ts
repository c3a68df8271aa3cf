import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';
import { afterAll, describe, expect, it } from 'vitest';
import { validatePack } from './validate-pack.ts';

const BANK = readFileSync(
  resolve(import.meta.dirname, '../../../examples/packs/bank-account/sprout-pack.json'),
  'utf8',
);
const dir = mkdtempSync(join(tmpdir(), 'sprout-kit-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a `.tgz` holding the entries exactly as given, links included. */
async function archive(name: string, entries: Array<{ name: string; body?: string; link?: string }>) {
  const tar = pack();
  for (const e of entries) {
    if (e.link) tar.entry({ name: e.name, type: 'symlink', linkname: e.link });
    else tar.entry({ name: e.name }, e.body ?? '');
  }
  tar.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of tar) chunks.push(chunk as Buffer);
  const file = join(dir, name);
  writeFileSync(file, gzipSync(Buffer.concat(chunks)));
  return file;
}

describe('sprout-pack validate on an archive', () => {
  it('refuses what the server refuses, each member by its path, in either language', async () => {
    const file = await archive('bad.tgz', [
      { name: 'sprout-pack.json', body: BANK },
      { name: '../outside.js', body: 'x' },
      { name: 'widgets/index.html', body: '<p>' },
      { name: 'widgets/link.js', link: '/etc/passwd' },
    ]);
    expect(await validatePack(file)).toEqual({
      ok: false,
      issues: [
        { path: '../outside.js', message: '文件路径越出压缩包或不合规范' },
        { path: 'widgets/index.html', message: expect.stringMatching(/^不允许的文件类型/) },
        { path: 'widgets/link.js', message: '只能包含普通文件和文件夹，不能有链接或设备文件' },
      ],
    });
    const en = await validatePack(file, 'en');
    expect(!en.ok && en.issues.map((i) => i.message)).toEqual([
      'The path escapes the archive or is not a plain relative path',
      expect.stringMatching(/^File kind not allowed/),
      'Only regular files and folders; no links or devices',
    ]);
  });

  it('reads an archive `npm pack` made (files under package/) as the server does', async () => {
    const file = await archive('npm-packed.tgz', [{ name: 'package/sprout-pack.json', body: BANK }]);
    const checked = await validatePack(file);
    expect(checked.ok && checked.value.name).toBe('@sprout-examples/bank-account');
  });
});
