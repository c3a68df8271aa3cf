import { describe, expect, it } from 'vitest';
import { pickerLevels, selectionsFrom } from './RegionPicker.tsx';

describe('region picker levels', () => {
  it('shows the levels below the root, down to the level the props ask for', () => {
    expect(pickerLevels({ level: 'village' }).map((l) => l.length)).toEqual([2, 4, 6, 9, 12]);
    expect(pickerLevels({ level: 'county', root: '33' }).map((l) => l.length)).toEqual([4, 6]);
  });

  it('reads back the choice at each level from a stored code, ignoring one outside the root', () => {
    expect(selectionsFrom('330110109202', { level: 'village' })).toEqual([
      '33',
      '3301',
      '330110',
      '330110109',
      '330110109202',
    ]);
    expect(selectionsFrom('330110', { level: 'village', root: '3301' })).toEqual(['330110']);
    expect(selectionsFrom('110101', { root: '33' })).toEqual([]);
  });
});
