import { EXAMPLES } from '@sprout/examples';
import { describe, expect, it } from 'vitest';
import {
  type CellWords,
  cellText,
  choiceColumns,
  columnsQuery,
  defaultVisible,
  type FieldColumn,
  fieldColumns,
  maskText,
} from './columns.ts';

const words: CellWords = { yes: '是', no: '否', files: (n) => `${n} 个文件`, rows: (n) => `${n} 行`, signed: '已签名' };
const health = EXAMPLES['health-code'];
if (!health) throw new Error('the health-code example is missing');

describe('fieldColumns', () => {
  it('lists the top-level inputs in document order with their labels and levels', () => {
    const cols = fieldColumns(health, 'zh-CN');
    expect(cols.map((c) => c.name)).toEqual([
      'name',
      'idNumber',
      'phone',
      'region',
      'temperature',
      'symptoms',
      'travel',
      'travelPlaces',
      'contact',
    ]);
    expect(cols.find((c) => c.name === 'idNumber')).toMatchObject({ label: '身份证号码', level: 'L4' });
    expect(fieldColumns(health, 'en')[0]?.label).toBe('Full name');
  });

  it('offers the choices of choice fields as filters', () => {
    const choices = choiceColumns(fieldColumns(health, 'en'));
    expect(choices.map((c) => c.name)).toEqual(['symptoms', 'travel', 'contact']);
    expect(choices[1]?.options).toEqual([
      { value: '是', label: 'Yes' },
      { value: '否', label: 'No' },
    ]);
  });

  it('keeps repeat rows out of the columns but the repeat itself in', () => {
    const survey = EXAMPLES['huitoukan-survey'];
    if (!survey) throw new Error('missing example');
    const names = fieldColumns(survey, 'zh-CN').map((c) => c.name);
    expect(names).toContain('members');
    expect(names).not.toContain('relation');
    expect(defaultVisible(fieldColumns(survey, 'zh-CN'))).not.toContain('members');
  });
});

describe('cellText and masking', () => {
  const col = (over: Partial<FieldColumn>): FieldColumn => ({
    name: 'x',
    label: 'x',
    type: 'text',
    level: 'L2',
    ...over,
  });

  it('masks L3/L4 values in lists by their kind', () => {
    expect(cellText('110105194912310029', col({ type: 'idNumber', level: 'L4' }), words)).toBe('110***********0029');
    expect(cellText('13800138000', col({ type: 'phone', level: 'L3' }), words)).toBe('138****8000');
    expect(maskText('张小三', { type: 'text', level: 'L3' })).toBe('张*三');
    expect(cellText('张小三', col({ level: 'L2' }), words)).toBe('张小三');
  });

  it('shows choice labels, booleans, files, rows and signatures as words', () => {
    const options = [{ value: 'y', label: '是' }];
    expect(cellText(['y', 'n'], col({ options }), words)).toBe('是、n');
    expect(cellText(true, col({}), words)).toBe('是');
    expect(cellText([{ id: 'a', name: 'a.png', size: 1, type: 'image/png' }], col({}), words)).toBe('1 个文件');
    expect(cellText([{ name: 'a' }, { name: 'b' }], col({}), words)).toBe('2 行');
    expect(cellText('data:image/png;base64,AA', col({ type: 'signature', level: 'L3' }), words)).toBe('已签名');
    expect(cellText(undefined, col({}), words)).toBe('');
    const divisions = new Map([['330110109222', '径山村委会']]);
    expect(cellText('330110109222', col({ type: 'region' }), { ...words, divisions })).toBe('径山村委会');
  });
});

describe('fieldColumns with the app catalog', () => {
  it('shows a pack component as a column with its default level only when the pack is in the catalog', async () => {
    const { bankAccountPack } = await import('@sprout/examples/packs/bank-account');
    const { catalogWithPacks } = await import('@sprout/shared/catalog/pack');
    const { createBlankDefinition } = await import('@sprout/shared/definition');
    const def = createBlankDefinition('补贴');
    def.pages[0]!.nodes = [{ id: 'b', type: 'examples.bankAccount', name: 'payee', props: { label: '收款账户' } }];
    const catalog = catalogWithPacks([{ manifest: bankAccountPack }]);
    expect(fieldColumns(def, 'zh-CN', catalog)).toEqual([
      { name: 'payee', label: '收款账户', type: 'examples.bankAccount', level: 'L3' },
    ]);
    expect(fieldColumns(def, 'zh-CN')).toEqual([]);
  });
});

describe('the export’s column choice', () => {
  const columns = [{ name: 'name' }, { name: 'phone' }, { name: 'idNumber' }];
  it('sends nothing when every answer is chosen, else the chosen keys in the form’s order', () => {
    expect(columnsQuery(['idNumber', 'phone', 'name'], columns)).toBe('');
    expect(columnsQuery(['idNumber', 'name'], columns)).toBe('columns=name,idNumber');
    expect(columnsQuery([], columns)).toBe('columns=');
  });
});
