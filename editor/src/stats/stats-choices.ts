import { type Locale, localize } from '@sprout/shared/i18n';
import type { StatsField } from '@sprout/shared/stats';
import type { FieldColumn } from '../console/columns.ts';

/**
 * The answer filters the 统计 page offers: the form's own choice fields, then the choices
 * statistics count that the form's columns do not show, such as the bank of a 银行账户 pack
 * field (`payee.bank`), so an official can narrow every chart to one bank.
 * @example statsChoices(choiceColumns(fieldColumns(def, 'zh-CN')), stats.fields, 'zh-CN')
 */
export function statsChoices(columns: readonly FieldColumn[], fields: readonly StatsField[], locale: Locale) {
  const shown = new Set(columns.map((c) => c.name));
  const more: FieldColumn[] = fields
    .filter((f) => (f.kind === 'choice' || f.kind === 'choices') && f.options && !shown.has(f.name))
    .map((f) => ({
      name: f.name,
      label: localize(f.label, locale) || f.name,
      type: 'select',
      level: f.level,
      options: (f.options ?? []).map((o) => ({ value: o.value, label: localize(o.label, locale) || o.value })),
    }));
  return [...columns, ...more];
}
