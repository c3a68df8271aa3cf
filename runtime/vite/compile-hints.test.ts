import { describe, expect, it } from 'vitest';
import { startupChunks } from './compile-hints.ts';
import { chunk } from './bundle-fixture.ts';
import type { BundleChunk } from './service-worker.ts';

describe('the chunks a page runs as it opens', () => {
  it('are the entries, their imports and what an entry imports after its first paint, never a lazy widget', () => {
    const bundle: Record<string, BundleChunk> = {
      'boot.js': { ...chunk('boot.js', ['shell.js'], ['main.js']), isEntry: true },
      'verify.js': { ...chunk('verify.js', ['react.js']), isEntry: true },
      'shell.js': chunk('shell.js'),
      'main.js': chunk('main.js', ['react.js', 'shell.js'], ['Upload.js']),
      'react.js': chunk('react.js'),
      'Upload.js': chunk('Upload.js', ['upload-lib.js']),
      'upload-lib.js': chunk('upload-lib.js'),
      'styles.css': { type: 'asset', fileName: 'styles.css' },
    };
    expect(startupChunks(bundle).sort()).toEqual(['boot.js', 'main.js', 'react.js', 'shell.js', 'verify.js']);
  });
});
