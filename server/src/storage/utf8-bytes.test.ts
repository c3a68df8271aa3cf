import { describe, expect, it } from 'vitest';
import { detachedBytes, fromUtf8Bytes, toUtf8Bytes } from './utf8-bytes.ts';

describe('UTF-8 bytes in a string', () => {
  it('holds one character per byte and gives the text back, astral characters and separators too', () => {
    for (const text of ['', 'abc', '是', '浙江省/杭州市 8 组, "12" 号', '😀\u2028\u001f\u001e', 'ключ']) {
      const bytes = toUtf8Bytes(text);
      expect(bytes.length).toBe(Buffer.byteLength(text));
      expect([...bytes].every((c) => c.charCodeAt(0) < 256)).toBe(true);
      expect(fromUtf8Bytes(bytes)).toBe(text);
      expect(detachedBytes(bytes)).toBe(bytes);
    }
  });

  it('keeps ASCII as it is, and every byte of a longer character at 0x80 or above', () => {
    expect(toUtf8Bytes('a,"b"\r\n')).toBe('a,"b"\r\n');
    expect([...toUtf8Bytes('是，')].map((c) => c.charCodeAt(0) >= 0x80)).toEqual([true, true, true, true, true, true]);
  });
});
