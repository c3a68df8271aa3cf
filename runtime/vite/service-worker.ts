import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** What a page's entry reaches in the bundle, as Rollup describes it (only the parts read here). */
export interface BundleChunk {
  type: 'chunk' | 'asset';
  fileName: string;
  isEntry?: boolean;
  name?: string;
  imports?: string[];
  dynamicImports?: string[];
  viteMetadata?: { importedCss: Set<string>; importedAssets: Set<string> };
}

const SOURCE = fileURLToPath(new URL('../src/offline/service-worker/service-worker.ts', import.meta.url));
const PLACEHOLDER = /__SPROUT_PRECACHE__/;

/**
 * Every file one page may load: its entry, static and lazy chunks, their CSS and assets.
 * Lazy chunks count too, so a form whose upload or Markdown widget was never opened still
 * works offline.
 */
export function pageFiles(bundle: Record<string, BundleChunk>, entryName: string, base: string): string[] {
  const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry && c.name === entryName);
  if (!entry) return [];
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    const chunk = bundle[fileName];
    if (chunk?.type !== 'chunk') return;
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
    for (const file of [...(chunk.viteMetadata?.importedCss ?? []), ...(chunk.viteMetadata?.importedAssets ?? [])])
      seen.add(file);
  };
  visit(entry.fileName);
  return [...seen].sort().map((f) => base + f);
}

/**
 * Builds the offline worker into `sw.js` beside the pages, with the files each page loads
 * written into it (so a new build is a new worker, and the old one's files can go).
 */
export function serviceWorkerPlugin(base: string): Plugin {
  return {
    name: 'sprout-service-worker',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'chunk', id: SOURCE, fileName: 'sw.js' });
    },
    generateBundle(_options, bundle) {
      const chunks = bundle as unknown as Record<string, BundleChunk & { code?: string }>;
      const pages = { resident: pageFiles(chunks, 'resident', base), verify: pageFiles(chunks, 'verify', base) };
      const build = createHash('sha256').update(JSON.stringify(pages)).digest('hex').slice(0, 12);
      const sw = chunks['sw.js'];
      if (!sw?.code || !PLACEHOLDER.test(sw.code)) this.error('sw.js: the precache placeholder is missing');
      sw.code = sw.code.replace(PLACEHOLDER, JSON.stringify({ build, pages }));
    },
  };
}
