import { EXAMPLES } from '@sprout/examples';
import { coreCatalog } from '@sprout/shared/catalog';
import type { AppDefinition } from '@sprout/shared/definition';
import { describe, expect, it } from 'vitest';
import { draftableValues } from './draftable-values.ts';

describe('draftableValues', () => {
  it('never keeps an L4 field such as the ID number', () => {
    const kept = draftableValues(EXAMPLES['health-code']!, coreCatalog, {
      name: '张三',
      idNumber: '11010519491231002X',
      phone: '13800138000',
    });
    expect(kept).toEqual({ name: '张三', phone: '13800138000' });
  });

  it('strips L4 fields inside repeat rows and honours a node-level classification', () => {
    const def: AppDefinition = {
      ...EXAMPLES['huitoukan-survey']!,
      pages: [
        {
          id: 'p',
          nodes: [
            {
              id: 'r',
              type: 'repeat',
              name: 'members',
              children: [
                { id: 'a', type: 'text', name: 'name' },
                { id: 'b', type: 'text', name: 'diagnosis', level: 'L4' },
              ],
            },
          ],
        },
      ],
    };
    expect(draftableValues(def, coreCatalog, { members: [{ name: '甲', diagnosis: '…' }] })).toEqual({
      members: [{ name: '甲' }],
    });
  });
});
