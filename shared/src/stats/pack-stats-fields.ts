import type { PackComponent, ValueShape } from '../catalog/pack/manifest.ts';
import { coreCatalog } from '../catalog/catalog.ts';
import type { ClassificationLevel } from '../definition/types.ts';
import { type LocalizedText, localize } from '../i18n/locale.ts';
import { kindOf, optionsOf } from './field-kind.ts';
import { STATS_FIELD_KEY } from './field-path.ts';
import type { StatsField } from './types.ts';

interface PackField {
  name: string;
  label: LocalizedText;
  level: ClassificationLevel;
}

/** "银行账户 · 开户银行": a part's label under its field's. */
function partLabel(field: LocalizedText, part: LocalizedText): LocalizedText {
  return {
    'zh-CN': `${localize(field, 'zh-CN')} · ${localize(part, 'zh-CN')}`,
    en: `${localize(field, 'en')} · ${localize(part, 'en')}`,
  };
}

/** A value shape as statistics see it: numbers, yes/no, and strings (or lists) limited to an `enum`. */
function fromShape(field: PackField, shape: ValueShape): StatsField | undefined {
  const base = { name: field.name, label: field.label, level: field.level };
  if (shape.type === 'number' || shape.type === 'integer') return { ...base, kind: 'number' };
  if (shape.type === 'boolean') return { ...base, kind: 'choice' };
  const listed = shape.type === 'array' ? shape.items : shape;
  if (listed.type !== 'string' || !listed.enum) return undefined;
  const options = listed.enum.map((value) => ({ value, label: value }));
  return { ...base, kind: shape.type === 'array' ? 'choices' : 'choice', options };
}

/**
 * What statistics summarise of a pack field, read from its manifest alone. A value shape
 * of a number, a yes/no, or a string (or list of strings) limited to an `enum` is counted
 * like the core component it resembles; free text (a plate number) never is, like core
 * text. An object's parts are summarised under `name.part`: a composite's part as the core
 * component it is (银行账户's bank select counts its banks), another object's by its shape.
 * @example packStatsFields({ name: 'payee', label: '收款账户', level: 'L3' }, bankAccount) // [{ name: 'payee.bank', kind: 'choice', … }]
 */
export function packStatsFields(field: PackField, component: PackComponent): StatsField[] {
  const shape = component.value;
  if (shape.type !== 'object') return [fromShape(field, shape)].filter((f) => f !== undefined);
  const parts = new Map((component.composite?.nodes ?? []).flatMap((n) => (n.name ? [[n.name, n] as const] : [])));
  const out: StatsField[] = [];
  for (const [key, inner] of Object.entries(shape.properties)) {
    // A part whose key is no identifier has no path storage can count by.
    if (!STATS_FIELD_KEY.test(`${field.name}.${key}`)) continue;
    const node = parts.get(key);
    const part: PackField = {
      name: `${field.name}.${key}`,
      label: partLabel(field.label, (node?.props?.label as LocalizedText | undefined) ?? key),
      level: node?.level ?? field.level,
    };
    const manifest = node ? coreCatalog.get(node.type) : undefined;
    if (!manifest) {
      const fromValue = fromShape(part, inner);
      if (fromValue) out.push(fromValue);
      continue;
    }
    const options = optionsOf(node?.props);
    const kind = manifest.role === 'input' ? kindOf(manifest.valueKind, options !== undefined) : undefined;
    if (kind) out.push({ ...part, kind, ...(options ? { options } : {}) });
  }
  return out;
}
