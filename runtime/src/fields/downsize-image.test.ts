import { describe, expect, it } from 'vitest';
import { scaledSize, shouldDownsize } from './downsize-image.ts';

describe('scaledSize', () => {
  it('brings the longest side to 2048 and keeps the shape', () => {
    expect(scaledSize(4000, 3000)).toEqual({ width: 2048, height: 1536 });
    expect(scaledSize(3000, 4000)).toEqual({ width: 1536, height: 2048 });
    expect(scaledSize(9000, 10)).toEqual({ width: 2048, height: 2 });
  });

  it('leaves a picture that already fits alone', () => {
    expect(scaledSize(2048, 1000)).toEqual({ width: 2048, height: 1000 });
    expect(scaledSize(640, 480)).toEqual({ width: 640, height: 480 });
  });
});

describe('shouldDownsize', () => {
  it('takes large photos only, never PDFs or small pictures', () => {
    expect(shouldDownsize({ type: 'image/jpeg', size: 10 * 1024 * 1024 })).toBe(true);
    expect(shouldDownsize({ type: 'image/webp', size: 3 * 1024 * 1024 })).toBe(true);
    expect(shouldDownsize({ type: 'image/jpeg', size: 300 * 1024 })).toBe(false);
    expect(shouldDownsize({ type: 'application/pdf', size: 15 * 1024 * 1024 })).toBe(false);
    expect(shouldDownsize({ type: 'image/heic', size: 5 * 1024 * 1024 })).toBe(false);
  });
});
