import { EXAMPLES } from '@sprout/examples';
import { describe, expect, it } from 'vitest';
import { csvField, exportLayout, jsonValue } from './columns.ts';
import type { RegionNames } from './region-names.ts';
import { fromUtf8Bytes, toUtf8Bytes } from '../storage/utf8-bytes.ts';
import type { ExportRow } from '../storage/types.ts';

const regions: RegionNames = {
  prime: async () => {},
  path: (code) => (code === '330110110202' ? '浙江省/杭州市/余杭区/瓶窑镇/张堰村委会' : code),
};

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

describe('jsonValue', () => {
  it('reads the JSON text the database picked out', () => {
    expect(jsonValue(null)).toBeUndefined();
    expect(jsonValue('"张三"')).toBe('张三');
    expect(jsonValue('"say \\"hi\\""')).toBe('say "hi"');
    expect(jsonValue('36.5')).toBe(36.5);
    expect(jsonValue('["发热","咳嗽"]')).toEqual(['发热', '咳嗽']);
    expect(jsonValue('true')).toBe(true);
  });
});

describe('exportLayout', () => {
  it('lists metadata, every top-level field by label, computed values and the outcome', () => {
    const { headers, pick } = exportLayout(EXAMPLES['huitoukan-survey']!, { locale: 'zh-CN' });
    expect(headers.slice(0, 4)).toEqual(['回执码', '提交时间', '状态', '版本']);
    expect(headers).toContain('户主姓名');
    expect(headers.at(-1)).toBe('结果');
    // Fields inside the repeat group travel in the group's own column, not as columns of their own.
    expect(headers.filter((h) => h === '姓名')).toHaveLength(0);
    expect(pick.values).toContain('members');
    expect(exportLayout(EXAMPLES['health-code']!, { locale: 'en' }).headers).toContain('Full name');
  });

  it('writes local time, status words, text IDs, region paths with codes, 是/否, and file names', () => {
    const layout = exportLayout(EXAMPLES['elderly-subsidy']!, { locale: 'zh-CN' });
    const at = (header: string) => layout.headers.indexOf(header);
    const row = [
      'R7K2Q9',
      '2026-03-02T02:05:00.000Z',
      'pending',
      1,
      ...layout.pick.values.map((name) => {
        const values: Record<string, unknown> = {
          idNumber: '330110193805120047',
          phone: '13700137000',
          address: { region: '330110110202', detail: '8 组 12 号' },
          livingAlone: true,
          documents: [{ id: 'f', name: '户口本.jpg', size: 1, type: 'image/jpeg' }],
          signature: 'data:image/png;base64,AAAA',
        };
        return name in values ? JSON.stringify(values[name]) : null;
      }),
      ...layout.pick.computed.map(() => '87'),
      '{"zh-CN":"待核实","en":"To check"}',
    ];
    const cells = layout.cells(row, regions);
    expect(cells.slice(0, 3)).toEqual(['R7K2Q9', '2026-03-02 10:05', '待审核']);
    const id = layout.headers.findIndex((h) => h.includes('身份证'));
    expect(cells[id]).toBe('330110193805120047');
    expect(layout.textColumns[id]).toBe(true);
    const address = layout.headers.findIndex((h) => h.includes('地址') && !h.includes('区划代码'));
    expect(cells[address]).toBe('浙江省/杭州市/余杭区/瓶窑镇/张堰村委会 8 组 12 号');
    expect(cells[address + 1]).toBe('330110110202');
    expect(layout.headers[address + 1]).toContain('区划代码');
    expect(cells).toContain('是');
    expect(cells).toContain('户口本.jpg');
    expect(cells[at('申请人（或代填人）签名')]).toBe('R7K2Q9-申请人（或代填人）签名.png');
    expect(cells.at(-1)).toBe('待核实');
    expect(layout.regionCodes([row])).toEqual(['330110110202']);
  });

  it('writes a repeat group’s rows as labelled answers in its one cell', () => {
    const layout = exportLayout(EXAMPLES['huitoukan-survey']!, { locale: 'zh-CN' });
    const members = layout.pick.values.indexOf('members');
    const row: Array<string | number | null> = ['R1', '2026-03-02T02:05:00.000Z', 'received', 1];
    layout.pick.values.forEach((_, i) =>
      row.push(
        i === members
          ? JSON.stringify([
              { name: '张三', relation: '户主' },
              { name: '李四', relation: '配偶' },
            ])
          : null,
      ),
    );
    const cell = layout.cells(row, regions)[layout.headers.indexOf('家庭成员')];
    expect(cell).toMatch(/^1\. 姓名：张三，与户主关系：户主.*；2\. 姓名：李四，与户主关系：配偶/);
  });

  it('formats the masked answer when a mask is given, never the full one', () => {
    const mask = (field: string, v: unknown) => (field === 'idNumber' ? `${String(v).slice(0, 3)}***` : v);
    const layout = exportLayout(EXAMPLES['elderly-subsidy']!, { locale: 'zh-CN', mask });
    const row: Array<string | number | null> = ['R1', '2026-03-02T02:05:00.000Z', 'pending', 1];
    for (const name of layout.pick.values) row.push(name === 'idNumber' ? '"330110193805120047"' : null);
    const cells = layout.cells(row, regions);
    expect(cells).toContain('330***');
    expect(cells).not.toContain('330110193805120047');
    // A masked address arrives as text and goes out as that text, with no code.
    const hidden = exportLayout(EXAMPLES['elderly-subsidy']!, {
      locale: 'zh-CN',
      mask: (field, v) => (field === 'address' ? '浙江省杭州市***' : v),
    });
    const withAddress = [...row];
    withAddress[4 + hidden.pick.values.indexOf('address')] = '{"region":"330110110202","detail":"8 组"}';
    const at = hidden.headers.indexOf('户籍地址');
    expect(hidden.cells(withAddress, regions).slice(at, at + 2)).toEqual(['浙江省杭州市***', '']);
  });

  it('keeps stored times and status codes for machines (CSV)', () => {
    const layout = exportLayout(EXAMPLES['elderly-subsidy']!, { locale: 'zh-CN', audience: 'machines' });
    const row = ['R1', '2026-03-02T02:05:00.000Z', 'pending', 1, ...layout.pick.values.map(() => 'true')];
    expect(layout.cells(row, regions).slice(1, 3)).toEqual(['2026-03-02T02:05:00.000Z', 'pending']);
  });

  it('writes English words when the UI is English, and another zone when configured', () => {
    const layout = exportLayout(EXAMPLES['elderly-subsidy']!, { locale: 'en', timeZone: 'UTC' });
    const row = ['R1', '2026-03-02T02:05:00.000Z', 'approved', 1, ...layout.pick.values.map(() => 'true')];
    const cells = layout.cells(row, regions);
    expect(cells.slice(1, 3)).toEqual(['2026-03-02 02:05', 'Approved']);
    expect(cells).toContain('Yes');
  });
});

describe('csvLines', () => {
  // Rows whose answers repeat (as choices and regions do) and rows whose do not, in one export.
  const layout = exportLayout(EXAMPLES['elderly-subsidy']!, { locale: 'zh-CN', audience: 'machines' });
  const rowOf = (i: number) => {
    const values: Record<string, unknown> = {
      name: [`=SUM(A1)`, `住户${i}`, `王, "小明" ${i}`, `反\\斜 "${i}"`, ''][i % 5],
      idNumber: '330110193805120047',
      address: { region: '330110110202', detail: i % 2 ? '8 组, 12 号' : '9 组' },
      livingAlone: i % 2 === 0,
      signature: 'data:image/png;base64,AAAA',
    };
    return [
      `R${i}`,
      '2026-03-02T02:05:00.000Z',
      i % 2 ? 'pending' : 'approved',
      1,
      ...layout.pick.values.map((name) => (name in values ? JSON.stringify(values[name]) : null)),
      ...layout.pick.computed.map(() => String(80 + (i % 2))),
      '{"zh-CN":"待核实","en":"To check"}',
    ];
  };

  it('writes each row as its cells as CSV fields, also when a column’s answers are remembered', () => {
    const line = layout.csvLines();
    for (let i = 0; i < 6; i++) {
      const row = rowOf(i);
      expect(line(row, regions)).toBe(layout.cells(row, regions).map(csvField).join(','));
    }
  });

  it('names each row’s signature by its own receipt, never a remembered one', () => {
    const line = layout.csvLines();
    expect(line(rowOf(1), regions)).toContain('R1-');
    expect(line(rowOf(3), regions)).toContain('R3-');
    expect(line(rowOf(3), regions)).not.toContain('R1-');
  });

  it('masks remembered answers as the first time', () => {
    const masked = exportLayout(EXAMPLES['elderly-subsidy']!, {
      locale: 'zh-CN',
      audience: 'machines',
      mask: (field, v) => (field === 'idNumber' ? `${String(v).slice(0, 3)}***` : v),
    });
    const line = masked.csvLines();
    for (let i = 0; i < 3; i++) {
      expect(line(rowOf(i), regions)).toContain('330***');
      expect(line(rowOf(i), regions)).not.toContain('330110193805120047');
    }
  });

  it('writes the same lines as UTF-8 bytes from rows of UTF-8 bytes, masked or not', () => {
    const asBytes = (row: ExportRow) => row.map((cell) => (typeof cell === 'string' ? toUtf8Bytes(cell) : cell));
    const masked = exportLayout(EXAMPLES['elderly-subsidy']!, {
      locale: 'zh-CN',
      audience: 'machines',
      mask: (field, v) => (field === 'name' ? `${String(v).slice(0, 1)}**` : v),
    });
    const people = exportLayout(EXAMPLES['elderly-subsidy']!, { locale: 'en' });
    for (const each of [layout, masked, people]) {
      const text = each.csvLines();
      const bytes = each.csvLines({ utf8Bytes: true });
      // Twice over, so the second round reads what each column remembered.
      for (let i = 0; i < 24; i++) {
        const row = rowOf(i % 12);
        const line = bytes(asBytes(row), regions);
        expect([...line].every((c) => c.charCodeAt(0) < 256)).toBe(true);
        expect(fromUtf8Bytes(line)).toBe(text(row, regions));
      }
    }
  });

  it('names the same division codes in rows of UTF-8 bytes', () => {
    const rows = [rowOf(0), rowOf(1)];
    const bytes = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? toUtf8Bytes(cell) : cell)));
    expect(layout.regionCodes(bytes, { utf8Bytes: true })).toEqual(layout.regionCodes(rows));
    expect(layout.regionCodes(rows)).toEqual(['330110110202']);
  });
});
