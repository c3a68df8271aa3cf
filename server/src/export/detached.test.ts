import { describe, expect, it } from 'vitest';
import { detached } from './detached.ts';

describe('detached', () => {
  it('copies every UTF-16 code unit, lone surrogates and control characters included', () => {
    for (const text of ['', 'abc', '王小明 😀', '\ud800x\udfff', '\u0000\u001f\u001e', 'x'.repeat(100_000)])
      expect(detached(`${text}`)).toBe(text);
  });
});
