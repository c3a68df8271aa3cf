import type { BuildOptions } from 'esbuild';

/** How the server's code is bundled for plain `node` (see bundle-options.mjs). */
export function serverBundleOptions(): BuildOptions;
