import { describe, expect, it } from 'vitest';
import { type BundleChunk, pageFiles } from './service-worker.ts';

const css = (...files: string[]) => ({ importedCss: new Set(files), importedAssets: new Set<string>() });

const bundle: Record<string, BundleChunk> = {
  'assets/resident-1.js': {
    type: 'chunk',
    fileName: 'assets/resident-1.js',
    isEntry: true,
    name: 'resident',
    imports: ['assets/styles-2.js'],
    dynamicImports: ['assets/Upload-3.js'],
    viteMetadata: css('assets/styles-2.css'),
  },
  'assets/styles-2.js': { type: 'chunk', fileName: 'assets/styles-2.js', imports: [], dynamicImports: [] },
  'assets/Upload-3.js': {
    type: 'chunk',
    fileName: 'assets/Upload-3.js',
    imports: ['assets/styles-2.js'],
    dynamicImports: [],
  },
  'assets/verify-4.js': {
    type: 'chunk',
    fileName: 'assets/verify-4.js',
    isEntry: true,
    name: 'verify',
    imports: ['assets/styles-2.js'],
  },
  'assets/styles-2.css': { type: 'asset', fileName: 'assets/styles-2.css' },
  'sw.js': { type: 'chunk', fileName: 'sw.js', isEntry: true, name: 'sw' },
};

describe('pageFiles', () => {
  it('lists what one page may load, lazy chunks and CSS included, each once', () => {
    expect(pageFiles(bundle, 'resident', '/r/')).toEqual([
      '/r/assets/Upload-3.js',
      '/r/assets/resident-1.js',
      '/r/assets/styles-2.css',
      '/r/assets/styles-2.js',
    ]);
  });

  it('leaves out what only another page loads', () => {
    expect(pageFiles(bundle, 'verify', '/r/')).toEqual(['/r/assets/styles-2.js', '/r/assets/verify-4.js']);
  });

  it('is empty for a page the build does not have', () => {
    expect(pageFiles(bundle, 'missing', '/r/')).toEqual([]);
  });
});
