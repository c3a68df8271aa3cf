import type { PropSpec } from '../catalog/types.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Issue } from '../result.ts';
import { problemText } from './messages.ts';

const KIND_NAMES: Record<string, { zh: string; en: string }> = {
  text: { zh: '文本', en: 'text' },
  localized: { zh: '文本或中英文对照', en: 'text or { "zh-CN", "en" }' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'a whole number' },
  boolean: { zh: '是/否', en: 'true or false' },
  list: { zh: '文本列表', en: 'a list of text' },
  options: { zh: '选项列表 [{ value, label }]', en: 'a list of { value, label }' },
};

function isLocalized(v: unknown): boolean {
  if (typeof v === 'string') return true;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  return Object.entries(v).every(([k, t]) => (k === 'zh-CN' || k === 'en') && typeof t === 'string');
}

/** Checks a node's props against its manifest, with paths such as `props.options[2].value`. */
export function checkProps(
  props: Record<string, unknown>,
  specs: Record<string, PropSpec>,
  basePath: string,
  locale: Locale,
): Issue[] {
  const issues: Issue[] = [];
  const typeIssue = (path: string, kind: string) => {
    const names = KIND_NAMES[kind] ?? { zh: kind, en: kind };
    issues.push({ path, message: problemText(locale, 'prop-type', names), code: 'prop-type' });
  };
  for (const [key, value] of Object.entries(props)) {
    const path = `${basePath}.${key}`;
    const spec = Object.hasOwn(specs, key) ? specs[key] : undefined;
    if (!spec) {
      issues.push({ path, message: problemText(locale, 'prop-unknown', { prop: key }), code: 'prop-unknown' });
      continue;
    }
    if (value === undefined || value === null) continue;
    checkProp(value, spec, path, locale, issues, typeIssue);
  }
  for (const [key, spec] of Object.entries(specs)) {
    if (spec.kind === 'text' && spec.required && !props[key]) {
      issues.push({ path: `${basePath}.${key}`, message: problemText(locale, 'prop-required'), code: 'prop-required' });
    }
  }
  return issues;
}

function checkProp(
  value: unknown,
  spec: PropSpec,
  path: string,
  locale: Locale,
  issues: Issue[],
  typeIssue: (path: string, kind: string) => void,
): void {
  switch (spec.kind) {
    case 'text':
      if (spec.localized ? !isLocalized(value) : typeof value !== 'string')
        typeIssue(path, spec.localized ? 'localized' : 'text');
      return;
    case 'boolean':
      if (typeof value !== 'boolean') typeIssue(path, 'boolean');
      return;
    case 'number':
      checkNumber(value, spec, path, locale, issues, typeIssue);
      return;
    case 'enum':
      if (!spec.values.some((v) => v.value === value)) {
        const range = spec.values.map((v) => v.value).join(' / ');
        issues.push({ path, message: problemText(locale, 'prop-range', { range }), code: 'prop-range' });
      }
      return;
    case 'string-list':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) typeIssue(path, 'list');
      return;
    case 'options':
      checkOptions(value, spec, path, locale, issues, typeIssue);
      return;
  }
}

function checkNumber(
  value: unknown,
  spec: Extract<PropSpec, { kind: 'number' }>,
  path: string,
  locale: Locale,
  issues: Issue[],
  typeIssue: (path: string, kind: string) => void,
): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) return typeIssue(path, 'number');
  if (spec.integer && !Number.isInteger(value)) return typeIssue(path, 'integer');
  if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) {
    const range = `${spec.min ?? '−∞'} – ${spec.max ?? '∞'}`;
    issues.push({ path, message: problemText(locale, 'prop-range', { range }), code: 'prop-range' });
  }
}

function checkOptions(
  value: unknown,
  spec: Extract<PropSpec, { kind: 'options' }>,
  path: string,
  locale: Locale,
  issues: Issue[],
  typeIssue: (path: string, kind: string) => void,
): void {
  if (!Array.isArray(value)) return typeIssue(path, 'options');
  if (value.length < (spec.minItems ?? 0)) {
    issues.push({
      path,
      message: problemText(locale, 'prop-range', { range: `≥ ${spec.minItems}` }),
      code: 'prop-range',
    });
  }
  const seen = new Set<string>();
  value.forEach((option, i) => {
    const at = `${path}[${i}]`;
    if (!option || typeof option !== 'object' || Array.isArray(option)) return typeIssue(at, 'options');
    const { value: v, label, ...rest } = option as Record<string, unknown>;
    if (typeof v !== 'string' || v.trim() === '') {
      issues.push({ path: `${at}.value`, message: problemText(locale, 'prop-required'), code: 'prop-required' });
    } else if (seen.has(v)) {
      issues.push({
        path: `${at}.value`,
        message: problemText(locale, 'option-duplicate', { value: v }),
        code: 'option-duplicate',
      });
    } else seen.add(v);
    if (!isLocalized(label)) typeIssue(`${at}.label`, 'localized');
    for (const extra of Object.keys(rest)) {
      issues.push({
        path: `${at}.${extra}`,
        message: problemText(locale, 'prop-unknown', { prop: extra }),
        code: 'prop-unknown',
      });
    }
  });
}
