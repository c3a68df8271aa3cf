import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';

export interface ArchiveEntry {
  name: string;
  body?: string;
  type?: 'file' | 'symlink' | 'directory';
  linkname?: string;
}

/** Packs entries into a `.tgz` exactly as given, escapes and links included, to test refusals. */
export async function tgz(entries: readonly ArchiveEntry[]): Promise<Uint8Array> {
  const archive = pack();
  for (const e of entries) {
    if (e.type === 'symlink') archive.entry({ name: e.name, type: 'symlink', linkname: e.linkname ?? '/etc/passwd' });
    else if (e.type === 'directory') archive.entry({ name: e.name, type: 'directory' });
    else archive.entry({ name: e.name }, e.body ?? '');
  }
  archive.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of archive) chunks.push(chunk as Buffer);
  return new Uint8Array(gzipSync(Buffer.concat(chunks)));
}

/** The 银行账户 example pack as a vendor would upload it, optionally at another version or asking for more. */
export function bankAccountArchive(version?: string, capabilities?: string[]): Promise<Uint8Array> {
  const url = new URL('../../examples/packs/bank-account/sprout-pack.json', import.meta.url);
  const manifest = JSON.parse(readFileSync(url, 'utf8'));
  if (version) manifest.version = version;
  if (capabilities) manifest.components[0].capabilities = capabilities;
  return tgz([
    { name: 'package/sprout-pack.json', body: JSON.stringify(manifest) },
    { name: 'package/README.md', body: '# 银行账户' },
  ]);
}

/**
 * The 中国车牌 example pack's manifest as `sprout-pack build` lays it out (the widget at its
 * built path). The widget module is a stand-in: the server never runs it, and what these
 * tests read (value shape, rules, columns, masking) is the manifest's.
 */
export function plateNumberArchive(): Promise<Uint8Array> {
  const url = new URL('../../examples/packs/plate-number/sprout-pack.json', import.meta.url);
  const manifest = JSON.parse(readFileSync(url, 'utf8'));
  for (const c of manifest.components) c.widget = `widgets/${c.type}.js`;
  return tgz([
    { name: 'package/sprout-pack.json', body: JSON.stringify(manifest) },
    ...manifest.components.map((c: { widget: string }) => ({
      name: `package/${c.widget}`,
      body: 'export default function Widget() { return null; }',
    })),
  ]);
}
