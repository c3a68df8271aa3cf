import type { Catalog } from '@sprout/shared/catalog';
import type { AppNode } from '@sprout/shared/definition';
import type { Clock, Scope } from '@sprout/shared/expr';
import { isEmpty } from '@sprout/shared/expr';
import type { Locale } from '@sprout/shared/i18n';
import { message } from '@sprout/shared/i18n';
import { checkRules } from '@sprout/shared/submission';

export interface FieldCheck {
  node: AppNode;
  value: unknown;
  required: boolean;
  scope: Scope;
  catalog: Catalog;
  locale: Locale;
  clock?: Clock;
}

/**
 * Checks one field as the resident leaves it, with the same rules and messages as
 * shared's `validateSubmission` (which stays the word on submit).
 * @example validateField({ node, value: '123', required: true, ... }) // '请输入 11 位手机号码'
 */
export function validateField(check: FieldCheck): string | undefined {
  const { node, catalog, locale } = check;
  const manifest = catalog.get(node.type);
  const props = node.props ?? {};
  const value = manifest?.normalize ? manifest.normalize(check.value, props) : check.value;
  if (isEmpty(value)) return check.required ? message(locale, 'required') : undefined;
  const problem = manifest?.validate?.(value, props);
  if (problem) return message(locale, problem.code, problem.params);
  return checkRules(value, node.validations ?? [], check.scope, locale, check.clock ? { clock: check.clock } : {});
}
