import type { Plugin } from 'vite';
import type { BundleChunk } from './service-worker.ts';

/**
 * The chunks an entry imports lazily and what they import in turn, without the ones the
 * entry already loads: the resident page's entry imports its code only after the first
 * paint (pages/resident/resident-boot.ts), and these are fetched meanwhile.
 * @example deferredChunks(bundle, 'assets/resident-1.js') // ['assets/resident-main-2.js', …]
 */
export function deferredChunks(bundle: Record<string, BundleChunk>, entryFile: string): string[] {
  const entry = bundle[entryFile];
  const loaded = new Set([entryFile, ...(entry?.imports ?? [])]);
  const found = new Set<string>();
  const visit = (fileName: string) => {
    if (loaded.has(fileName) || found.has(fileName)) return;
    found.add(fileName);
    for (const next of bundle[fileName]?.imports ?? []) visit(next);
  };
  for (const lazy of entry?.dynamicImports ?? []) visit(lazy);
  return [...found];
}

/**
 * The resident page arrives with its form already rendered, so what it needs first on a weak
 * network is its stylesheet, not its scripts. Low fetch priority lets Chromium hold the
 * scripts back while the stylesheet loads, instead of splitting the bandwidth among them;
 * the code the entry imports after the first paint is preloaded (fetched, not run) as well.
 */
export function scriptsAfterStylesPlugin(base = '/r/'): Plugin {
  return {
    name: 'sprout-scripts-after-styles',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        if (!ctx.filename.endsWith('resident.html')) return html;
        const bundle = ctx.bundle as unknown as Record<string, BundleChunk> | undefined;
        const preloads =
          bundle && ctx.chunk
            ? deferredChunks(bundle, ctx.chunk.fileName)
                .map((f) => `<link rel="modulepreload" crossorigin href="${base}${f}">`)
                .join('')
            : '';
        return html
          .replace('</head>', `${preloads}</head>`)
          .replace(/<script type="module" crossorigin/g, '<script type="module" fetchpriority="low" crossorigin')
          .replace(
            /<link rel="modulepreload" crossorigin/g,
            '<link rel="modulepreload" fetchpriority="low" crossorigin',
          );
      },
    },
  };
}
