import type { ValidationRule } from '../definition/types.ts';
import type { Scope } from '../expr/scope.ts';
import { toNumber } from '../expr/values.ts';
import { localize, type Locale } from '../i18n/locale.ts';
import { message } from '../i18n/messages.ts';
import { conditionHolds, type LogicOptions } from './visibility.ts';

// Patterns come from officials and values from residents; bounding both keeps a
// careless regular expression from stalling the server.
const MAX_PATTERN_INPUT = 1000;

function sizeOf(value: unknown): number | undefined {
  if (typeof value === 'string') return Array.from(value).length;
  if (Array.isArray(value)) return value.length;
  return undefined;
}

/** Checks an official's custom rules on a non-empty value; returns the first failure's message. */
export function checkRules(
  value: unknown,
  rules: readonly ValidationRule[],
  scope: Scope,
  locale: Locale,
  options: LogicOptions,
): string | undefined {
  for (const rule of rules) {
    if (!rulePasses(value, rule, scope, options)) {
      const fallback = defaultMessage(rule, locale);
      return rule.message === undefined ? fallback : localize(rule.message, locale) || fallback;
    }
  }
  return undefined;
}

function rulePasses(value: unknown, rule: ValidationRule, scope: Scope, options: LogicOptions): boolean {
  switch (rule.kind) {
    case 'min':
      return (toNumber(value) ?? Number.NaN) >= rule.value;
    case 'max':
      return (toNumber(value) ?? Number.NaN) <= rule.value;
    case 'minLength':
      return (sizeOf(value) ?? 0) >= rule.value;
    case 'maxLength':
      return (sizeOf(value) ?? 0) <= rule.value;
    case 'pattern':
      return (
        typeof value === 'string' && value.length <= MAX_PATTERN_INPUT && safeRegExp(rule.value)?.test(value) === true
      );
    case 'expr':
      return conditionHolds(rule.expr, scope, options);
  }
}

/** Compiles an official's pattern, anchored to the whole value; undefined if it is not valid. */
export function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    return undefined;
  }
}

function defaultMessage(rule: ValidationRule, locale: Locale): string {
  switch (rule.kind) {
    case 'min':
      return message(locale, 'number.min', { min: rule.value });
    case 'max':
      return message(locale, 'number.max', { max: rule.value });
    case 'minLength':
      return message(locale, 'text.minLength', { min: rule.value });
    case 'maxLength':
      return message(locale, 'text.maxLength', { max: rule.value });
    case 'pattern':
      return message(locale, 'text.pattern');
    case 'expr':
      return message(locale, 'validation.failed');
  }
}
