import { EXAMPLES } from '@sprout/examples';
import { describe, expect, it } from 'vitest';
import type { Upload } from '../storage/types.ts';
import { checkFileRefs } from './check-file-refs.ts';
import { placedFileRefs, uploadFieldsOf } from './upload-fields.ts';

const subsidy = EXAMPLES['elderly-subsidy']!;
const ref = { id: 'f1', name: '户口本.png', size: 2048, type: 'image/png' };
const stored = (over: Partial<Upload> = {}): Upload => ({
  ...ref,
  appId: 1,
  createdAt: '2026-03-02T02:00:00Z',
  ...over,
});

describe('uploadFieldsOf', () => {
  it('lists upload fields with their limits and notices signatures', () => {
    expect(uploadFieldsOf(subsidy)).toEqual({
      uploads: [{ name: 'documents', maxSizeMb: 8, accept: ['image/*', 'application/pdf'] }],
      signatures: true,
    });
    expect(uploadFieldsOf(EXAMPLES['health-code']!)).toEqual({ uploads: [], signatures: false });
  });
});

describe('placedFileRefs', () => {
  it('finds each file with its path and its field, ignoring other values', () => {
    const placed = placedFileRefs(subsidy, { documents: [ref, { ...ref, id: 'f2' }], name: '周福寿' });
    expect(placed.map((p) => [p.path, p.field.name, p.ref.id])).toEqual([
      ['documents[0]', 'documents', 'f1'],
      ['documents[1]', 'documents', 'f2'],
    ]);
  });
});

describe('checkFileRefs', () => {
  const placed = placedFileRefs(subsidy, { documents: [ref] });
  const check = (file: Upload | undefined, locale: 'zh-CN' | 'en' = 'zh-CN') =>
    checkFileRefs(placed, new Map([['f1', file]]), locale);

  it('passes a file that matches what was stored and what the field accepts', () => {
    expect(check(stored())).toEqual([]);
  });

  it('names the path of a file never uploaded', () => {
    expect(check(undefined, 'en')).toEqual([{ path: 'documents[0]', message: 'This file was not uploaded' }]);
  });

  it('refuses a claimed size or type other than the stored one', () => {
    expect(check(stored({ size: 99 }))[0]?.message).toContain('不一致');
    expect(check(stored({ type: 'image/jpeg' }))[0]?.message).toContain('不一致');
  });

  it('checks the stored type against the field’s accept list and its size limit', () => {
    const word = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    const wordRef = placedFileRefs(subsidy, { documents: [{ ...ref, type: word }] });
    expect(checkFileRefs(wordRef, new Map([['f1', stored({ type: word })]]), 'zh-CN')[0]?.message).toBe(
      '不支持该文件类型',
    );
    const big = 9 * 1024 * 1024;
    const bigRef = placedFileRefs(subsidy, { documents: [{ ...ref, size: big }] });
    expect(checkFileRefs(bigRef, new Map([['f1', stored({ size: big })]]), 'zh-CN')[0]?.message).toContain('大小');
  });
});
