import type { Plugin } from 'vite';
import { deferredChunks } from './scripts-after-styles.ts';
import type { BundleChunk } from './service-worker.ts';

/**
 * V8's magic comment for a script whose functions nearly all run as it loads: they are
 * compiled eagerly, on a background thread while the script streams in, instead of one by one
 * on the main thread the first time each is called. https://v8.dev/blog/explicit-compile-hints
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * The chunks a page runs as it opens: its entries, what they import, and what an entry
 * imports as soon as it has painted (the resident page's code, see resident-boot.ts). Chunks
 * loaded when a form needs them (upload, signature, markdown widgets) are left lazy.
 * @example startupChunks(bundle) // ['assets/resident-1.js', 'assets/client-2.js', …]
 */
export function startupChunks(bundle: Record<string, BundleChunk>): string[] {
  const found = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (chunk?.type !== 'chunk' || found.has(fileName)) return;
    found.add(fileName);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
    visit(chunk.fileName);
    for (const fileName of deferredChunks(bundle, chunk.fileName)) visit(fileName);
  }
  return [...found];
}

/**
 * Puts the compile hint on the chunks a page runs as it opens. A thousand-field form spent
 * about a tenth of its mount compiling React's and the renderer's functions lazily on the main
 * thread; with the hint that work is done while the script downloads.
 */
export function compileHintsPlugin(): Plugin {
  return {
    name: 'sprout-compile-hints',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = bundle as unknown as Record<string, BundleChunk & { code?: string }>;
      for (const fileName of startupChunks(chunks)) {
        const chunk = chunks[fileName];
        if (chunk?.code !== undefined && !chunk.code.startsWith(COMPILE_HINT)) chunk.code = COMPILE_HINT + chunk.code;
      }
    },
  };
}
