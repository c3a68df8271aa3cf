import { coreCatalog } from '@sprout/shared';
import { describe, expect, it } from 'vitest';
import { fromFormValue, toFormValue } from './prop-values.ts';

const specs = coreCatalog.get('radio')!.props;

describe('inspector value mapping', () => {
  it('edits the Chinese text of a bilingual label and keeps the English', () => {
    const label = { 'zh-CN': '姓名', en: 'Name' };
    expect(toFormValue(specs.label!, label)).toBe('姓名');
    expect(fromFormValue(specs.label!, '名字', label)).toEqual({ 'zh-CN': '名字', en: 'Name' });
  });
  it('round-trips options, numbers and string lists', () => {
    const options = [{ value: '是', label: '是' }];
    expect(fromFormValue(specs.options!, toFormValue(specs.options!, options), options)).toEqual(options);
    const num = { kind: 'number', label: { 'zh-CN': '', en: '' } } as const;
    expect(fromFormValue(num, '', 3)).toBeUndefined();
    expect(fromFormValue(num, '4', 3)).toBe(4);
    const list = { kind: 'string-list', label: { 'zh-CN': '', en: '' } } as const;
    expect(fromFormValue(list, 'a\n\n b ', [])).toEqual(['a', 'b']);
  });
});
