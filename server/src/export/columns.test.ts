import { EXAMPLES } from '@sprout/examples';
import { describe, expect, it } from 'vitest';
import { cellText, csvField, exportLayout, jsonCell } from './columns.ts';

describe('csvField', () => {
  it('quotes separators, quotes and line breaks as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(36.5)).toBe('36.5');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+86 138')).toBe("'+86 138");
    expect(csvField('-1')).toBe("'-1");
  });
});

describe('cellText', () => {
  it('writes lists, files, booleans and records readably', () => {
    expect(cellText(['发热', '咳嗽'])).toBe('发热; 咳嗽');
    expect(cellText([{ id: 'f', name: '身份证.png', size: 1, type: 'image/png' }])).toBe('身份证.png');
    expect(cellText(true)).toBe('是');
    expect(cellText(undefined)).toBe('');
    expect(cellText({ region: '330110', detail: '8 组' })).toBe('{"region":"330110","detail":"8 组"}');
  });
});

describe('jsonCell', () => {
  it('reads the JSON text the database picked out', () => {
    expect(jsonCell(null)).toBe('');
    expect(jsonCell('"张三"')).toBe('张三');
    expect(jsonCell('"say \\"hi\\""')).toBe('say "hi"');
    expect(jsonCell('36.5')).toBe(36.5);
    expect(jsonCell('-2')).toBe(-2);
    expect(jsonCell('["发热","咳嗽"]')).toBe('发热; 咳嗽');
    expect(jsonCell('true')).toBe('是');
  });
});

describe('exportLayout', () => {
  it('lists metadata, every top-level field by label, computed values and the outcome', () => {
    const { headers, pick } = exportLayout(EXAMPLES['huitoukan-survey']!, 'zh-CN');
    expect(headers.slice(0, 4)).toEqual(['回执码', '提交时间', '状态', '版本']);
    expect(headers).toContain('户主姓名');
    expect(headers.at(-1)).toBe('结果');
    // Fields inside the repeat group travel in the group's own column, not as columns of their own.
    expect(headers.filter((h) => h === '姓名')).toHaveLength(0);
    expect(pick.values).toContain('members');
    expect(headers).toHaveLength(4 + pick.values.length + pick.computed.length + 1);
    expect(exportLayout(EXAMPLES['health-code']!, 'en').headers).toContain('Full name');
  });
});
