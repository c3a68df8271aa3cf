import { T } from '../../expr/expr-type.ts';
import { idNumberProblem } from '../../validators/id-number.ts';
import { isMainlandMobile, normalizeMobile } from '../../validators/phone.ts';
import { usccProblem } from '../../validators/uscc.ts';
import { DIVISION_LEVELS, type DivisionLevel } from '../../validators/division-code.ts';
import { inputProps, textInputProps } from '../props.ts';
import type { ComponentManifest, FieldProblem, PropSpec } from '../types.ts';

const upperTrim = (v: unknown) => (typeof v === 'string' ? v.trim().toUpperCase() : v);

export const phone: ComponentManifest = {
  type: 'phone',
  category: 'china',
  label: { 'zh-CN': '手机号码', en: 'Mobile number' },
  role: 'input',
  valueKind: 'string',
  exprType: T.string,
  defaultLevel: 'L3',
  mask: { kind: 'phone' },
  props: { ...textInputProps },
  normalize: (v) => (typeof v === 'string' ? normalizeMobile(v) : v),
  validate: (v) => (typeof v === 'string' && isMainlandMobile(v) ? null : { code: 'phone.invalid' }),
};

export const idNumber: ComponentManifest = {
  type: 'idNumber',
  category: 'china',
  label: { 'zh-CN': '身份证号码', en: 'Resident ID number' },
  role: 'input',
  valueKind: 'string',
  exprType: T.string,
  defaultLevel: 'L4',
  mask: { kind: 'idNumber' },
  props: { ...textInputProps },
  normalize: upperTrim,
  validate: (v) => {
    if (typeof v !== 'string') return { code: 'idNumber.invalid' };
    const problem = idNumberProblem(v);
    if (problem === 'checksum') return { code: 'idNumber.checksum' };
    if (problem === 'birthdate') return { code: 'idNumber.birthdate' };
    return problem ? { code: 'idNumber.invalid' } : null;
  },
};

export const uscc: ComponentManifest = {
  type: 'uscc',
  category: 'china',
  label: { 'zh-CN': '统一社会信用代码', en: 'Unified social credit code' },
  role: 'input',
  valueKind: 'string',
  exprType: T.string,
  defaultLevel: 'L2',
  mask: { kind: 'keep', start: 2, end: 4 },
  props: { ...textInputProps },
  normalize: upperTrim,
  validate: (v) => {
    if (typeof v !== 'string') return { code: 'uscc.invalid' };
    const problem = usccProblem(v);
    if (problem === 'checksum') return { code: 'uscc.checksum' };
    return problem ? { code: 'uscc.invalid' } : null;
  },
};

const LEVEL_LENGTH: Record<DivisionLevel, number> = { province: 2, city: 4, county: 6, township: 9, village: 12 };
const LEVEL_NAMES: Record<DivisionLevel, { 'zh-CN': string; en: string }> = {
  province: { 'zh-CN': '省', en: 'province' },
  city: { 'zh-CN': '市', en: 'city' },
  county: { 'zh-CN': '区县', en: 'county' },
  township: { 'zh-CN': '乡镇（街道）', en: 'township' },
  village: { 'zh-CN': '村（社区）', en: 'village' },
};

const levelProp: PropSpec = {
  kind: 'enum',
  label: { 'zh-CN': '选择到', en: 'Pick down to' },
  values: DIVISION_LEVELS.map((value) => ({ value, label: LEVEL_NAMES[value] })),
  default: 'village',
};
const rootProp: PropSpec = {
  kind: 'text',
  label: { 'zh-CN': '限定在此区划下（代码）', en: 'Only within division (code)' },
  default: '',
};

/** The length a region value must have for the picker's level. */
export function regionCodeLength(props: Record<string, unknown>): number {
  const level = (DIVISION_LEVELS as readonly string[]).includes(String(props.level))
    ? (props.level as DivisionLevel)
    : 'village';
  return LEVEL_LENGTH[level];
}

function checkRegion(v: unknown, props: Record<string, unknown>): FieldProblem | null {
  if (typeof v !== 'string' || !/^\d+$/.test(v)) return { code: 'region.invalid' };
  const level = String(props.level ?? 'village') as DivisionLevel;
  if (v.length !== regionCodeLength(props)) {
    return { code: 'region.level', params: { level: LEVEL_NAMES[level]?.['zh-CN'] ?? level } };
  }
  const root = typeof props.root === 'string' ? props.root : '';
  return root && !v.startsWith(root) ? { code: 'region.invalid' } : null;
}

export const region: ComponentManifest = {
  type: 'region',
  category: 'china',
  label: { 'zh-CN': '行政区划', en: 'Region' },
  role: 'input',
  valueKind: 'string',
  exprType: T.string,
  defaultLevel: 'L2',
  props: { ...inputProps, level: levelProp, root: rootProp },
  validate: checkRegion,
};

export const address: ComponentManifest = {
  type: 'address',
  category: 'china',
  label: { 'zh-CN': '地址', en: 'Address' },
  role: 'input',
  valueKind: 'address',
  exprType: T.record({ region: T.string, detail: T.string }),
  defaultLevel: 'L3',
  mask: { kind: 'address' },
  props: { ...textInputProps, level: { ...levelProp, default: 'township' }, root: rootProp },
  validate: (v, props) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return { code: 'type.object' };
    const { region: code, detail } = v as Record<string, unknown>;
    if (typeof detail !== 'string' || detail.trim() === '') return { code: 'required' };
    if (Array.from(detail).length > 200) return { code: 'text.maxLength', params: { max: 200 } };
    return code === undefined || code === '' ? null : checkRegion(code, props);
  },
};
