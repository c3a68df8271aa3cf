import type { BundleChunk } from './service-worker.ts';

/** A chunk of a made-up bundle, for the tests of the build plugins that walk one. */
export const chunk = (fileName: string, imports: string[] = [], dynamicImports: string[] = []): BundleChunk => ({
  type: 'chunk',
  fileName,
  imports,
  dynamicImports,
});
