import { describe, expect, it } from 'vitest';
import { linesOf, moveOption, pasteOptions } from './option-rows.ts';

describe('option rows', () => {
  it('reads pasted lines as options, without bullets, numbers or blank lines', () => {
    expect(linesOf('1. 发热\n2、咳嗽\r\n\n- 乏力 \n• 无')).toEqual(['发热', '咳嗽', '乏力', '无']);
  });

  it('turns lines pasted into one option into that option and new ones after it, skipping repeats', () => {
    const current = [
      { value: '无', label: '无' },
      { value: '选项2', label: '选项2' },
      { value: '其他', label: '其他' },
    ];
    expect(pasteOptions(current, 1, '发热\n咳嗽\n无').map((o) => o.label)).toEqual(['无', '发热', '咳嗽', '其他']);
  });

  it('moves an option up or down', () => {
    expect(moveOption(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveOption(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveOption(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
  });
});
