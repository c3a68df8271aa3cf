import type { Plugin } from 'vite';

/**
 * The resident page arrives with its form already rendered, so what it needs first on a weak
 * network is its stylesheet, not its scripts. Low fetch priority lets Chromium hold the
 * scripts back while the stylesheet loads, instead of splitting the bandwidth among them.
 */
export function scriptsAfterStylesPlugin(): Plugin {
  return {
    name: 'sprout-scripts-after-styles',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) =>
        ctx.filename.endsWith('resident.html')
          ? html
              .replace(/<script type="module" crossorigin/g, '<script type="module" fetchpriority="low" crossorigin')
              .replace(
                /<link rel="modulepreload" crossorigin/g,
                '<link rel="modulepreload" fetchpriority="low" crossorigin',
              )
          : html,
    },
  };
}
