import { describe, expect, it } from 'vitest';
import { deferredChunks } from './scripts-after-styles.ts';
import { chunk } from './bundle-fixture.ts';

describe('the chunks the resident entry imports after its first paint', () => {
  it('are the lazy chunk and what it imports, less what the entry already loads', () => {
    const bundle = {
      'boot.js': { ...chunk('boot.js', ['shell.js'], ['main.js']), isEntry: true },
      'shell.js': chunk('shell.js'),
      'main.js': chunk('main.js', ['react.js', 'shell.js'], ['Upload.js']),
      'react.js': chunk('react.js'),
      'Upload.js': chunk('Upload.js', ['react.js']),
    };
    // The upload widget is lazy inside the page's code: fetched when a form needs it, not preloaded.
    expect(deferredChunks(bundle, 'boot.js')).toEqual(['main.js', 'react.js']);
  });
});
