import { EXAMPLES } from '@sprout/examples';
import { coreCatalog } from '@sprout/shared/catalog';
import { findNode } from '@sprout/shared/definition';
import { createScope } from '@sprout/shared/expr';
import { validateSubmission } from '@sprout/shared/submission';
import { describe, expect, it } from 'vitest';
import { validateField } from './validate-field.ts';

const health = EXAMPLES['health-code']!;

function both(id: string, value: unknown, values: Record<string, unknown> = {}) {
  const node = findNode(health, id)!.node;
  const field = validateField({
    node,
    value,
    required: node.required === true,
    scope: createScope({ ...values, [node.name!]: value }),
    catalog: coreCatalog,
    locale: 'zh-CN',
  });
  const r = validateSubmission(health, { ...values, [node.name!]: value });
  const submitted = r.ok ? undefined : r.issues.find((i) => i.path === node.name)?.message;
  return { field, submitted };
}

describe('validateField', () => {
  it('words each problem exactly as validateSubmission does', () => {
    for (const [id, value] of [
      ['f-name', ''],
      ['f-name', '张'],
      ['f-phone', '1380013800'],
      ['f-id', '110105194912310021'],
      ['f-temp', '50'],
      ['f-symptoms', ['无', '咳嗽']],
    ] as const) {
      const { field, submitted } = both(id, value);
      expect(field, `${id} = ${JSON.stringify(value)}`).toBe(submitted);
      expect(field).toBeTruthy();
    }
  });

  it('accepts a valid value, normalizing it first (spaces in a mobile number)', () => {
    expect(both('f-phone', '138 0013 8000').field).toBeUndefined();
    expect(both('f-temp', '36.5').field).toBeUndefined();
  });
});
