import { isValidElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { FieldApi, FieldWidget } from '../renderer/field-api.ts';
import { CORE_WIDGETS, PLAIN_WIDGETS } from './registry.ts';

function fakeApi(type: string): FieldApi {
  return {
    node: { id: 'n', type, name: 'x' },
    path: 'x',
    id: 'f-x',
    props: { options: [{ value: 'a', label: 'A' }], unit: '元' },
    required: true,
    readOnly: false,
    locale: 'zh-CN',
    row: null,
    describedBy: undefined,
    invalid: false,
    register: () => ({ name: 'x', onChange: () => undefined, onBlur: () => undefined }),
    read: () => undefined,
    write: () => undefined,
    check: () => undefined,
  };
}

describe('plain widgets', () => {
  it('are called as functions by the renderer, so none may call a hook (outside React a hook throws)', () => {
    const types = Object.entries(CORE_WIDGETS).filter(([, widget]) => PLAIN_WIDGETS.has(widget));
    expect(types.map(([type]) => type).sort()).toEqual(
      [
        'checkboxes',
        'date',
        'idNumber',
        'number',
        'phone',
        'radio',
        'rating',
        'select',
        'switch',
        'text',
        'textarea',
        'time',
        'uscc',
      ].sort(),
    );
    for (const [type, widget] of types) {
      expect(isValidElement((widget as FieldWidget)({ api: fakeApi(type) })), type).toBe(true);
    }
  });
});
