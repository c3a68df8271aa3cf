import { describe, expect, it } from 'vitest';
import { coreCatalog } from '../catalog.ts';
import { withDefaults } from '../props.ts';

const png = 'data:image/png;base64,iVBORw0KGgo=';
const file = { id: 'f1', name: '身份证.jpg', size: 1000, type: 'image/jpeg' };

/** [type, props, a valid value, an invalid value, the code the invalid one gets] */
const CASES: Array<[string, Record<string, unknown>, unknown, unknown, string]> = [
  ['text', { maxLength: 3 }, '张三', '张三丰的徒弟', 'text.maxLength'],
  ['textarea', {}, '说明', 42, 'type.string'],
  ['number', { min: 0, max: 10, integer: true }, 5, 5.5, 'number.integer'],
  ['number', { min: 0 }, 0, -1, 'number.min'],
  ['date', { min: '2026-01-01' }, '2026-02-28', '2026-02-30', 'date.invalid'],
  ['date', { max: '2026-12-31' }, '2026-12-31', '2027-01-01', 'date.max'],
  ['time', {}, '08:30', '24:00', 'time.invalid'],
  ['switch', {}, false, 'yes', 'type.boolean'],
  ['rating', { max: 5 }, 5, 6, 'rating.range'],
  ['select', {}, '选项1', '选项9', 'choice.unknown'],
  ['radio', {}, '是', '否认', 'choice.unknown'],
  ['checkboxes', { maxSelected: 1 }, ['选项1'], ['选项1', '选项2'], 'choice.maxSelected'],
  ['checkboxes', {}, ['选项2'], '选项2', 'type.list'],
  ['phone', {}, '13800138000', '1380013800', 'phone.invalid'],
  ['idNumber', {}, '11010519491231002X', '110105194912310021', 'idNumber.checksum'],
  ['uscc', {}, '91350100M000100Y43', '91350100M000100Y44', 'uscc.checksum'],
  ['region', { level: 'township' }, '330110001', '330110001001', 'region.level'],
  ['region', { level: 'village', root: '3301' }, '330110001001', '440110001001', 'region.invalid'],
  [
    'address',
    { level: 'village' },
    { region: '330110001001', detail: '幸福路 8 号' },
    { region: '33', detail: 'x' },
    'region.level',
  ],
  ['address', {}, { detail: '幸福路 8 号' }, { detail: ' ' }, 'required'],
  ['upload', { maxFiles: 1 }, [file], [file, { ...file, id: 'f2' }], 'upload.count'],
  ['upload', { accept: ['application/pdf'] }, [{ ...file, type: 'application/pdf' }], [file], 'upload.type'],
  ['upload', { maxSizeMb: 0.5 }, [file], [{ ...file, size: 600_000 }], 'upload.size'],
  ['signature', {}, png, 'data:text/html;base64,PHNjcmlwdD4=', 'type.object'],
  ['location', {}, { lat: 30.27, lng: 120.15 }, { lat: 91, lng: 0 }, 'location.invalid'],
  ['location', {}, { text: '村委会门口' }, { text: '' }, 'location.invalid'],
];

describe('core manifests validate values', () => {
  it.each(CASES)('%s %j', (type, props, good, bad, code) => {
    const m = coreCatalog.get(type);
    expect(m).toBeDefined();
    const p = withDefaults(m?.props ?? {}, props);
    const normalize = (v: unknown) => (m?.normalize ? m.normalize(v, p) : v);
    expect(m?.validate?.(normalize(good), p)).toBeNull();
    expect(m?.validate?.(normalize(bad), p)?.code).toBe(code);
  });

  it('normalises what residents type', () => {
    expect(coreCatalog.get('number')?.normalize?.(' 36.6 ', {})).toBe(36.6);
    expect(coreCatalog.get('phone')?.normalize?.('+86 138-0013-8000', {})).toBe('13800138000');
    expect(coreCatalog.get('idNumber')?.normalize?.(' 11010519491231002x', {})).toBe('11010519491231002X');
  });

  it('every input declares a value kind, a level and bilingual labels', () => {
    for (const m of coreCatalog.all()) {
      expect(m.label['zh-CN']).not.toBe('');
      expect(m.label.en).not.toBe('');
      expect(['L1', 'L2', 'L3', 'L4']).toContain(m.defaultLevel);
      if (m.role === 'input') expect(m.valueKind).not.toBe('none');
    }
  });

  it('refuses a catalog that registers a type twice', async () => {
    const { createCatalog } = await import('../catalog.ts');
    const text = coreCatalog.get('text');
    expect(() => text && createCatalog([text, text])).toThrow(/registered twice/);
  });
});
