import { describe, expect, it } from 'vitest';
import { compareVersions, isVersion, parseRange, parseVersion, satisfiesRange } from './semver.ts';

describe('pack versions and ranges', () => {
  it('reads MAJOR.MINOR.PATCH with an optional pre-release, nothing looser', () => {
    expect(parseVersion('1.2.3')).toEqual([1, 2, 3, '']);
    expect(parseVersion('1.2.3-beta.1')).toEqual([1, 2, 3, 'beta.1']);
    for (const bad of ['1.2', '01.2.3', '1.2.3.4', 'latest', '']) expect(isVersion(bad)).toBe(false);
  });

  it('orders versions, a pre-release before its release', () => {
    const sorted = ['1.10.0', '1.2.0', '1.2.0-rc.1', '0.9.9'].map((t) => parseVersion(t)!).sort(compareVersions);
    expect(sorted.map((v) => v.slice(0, 3).join('.') + (v[3] ? `-${v[3]}` : ''))).toEqual([
      '0.9.9',
      '1.2.0-rc.1',
      '1.2.0',
      '1.10.0',
    ]);
  });

  it.each([
    ['1.4.0', '^1.0.0', true],
    ['2.0.0', '^1.0.0', false],
    ['0.2.9', '^0.2.3', true],
    ['0.3.0', '^0.2.3', false],
    ['1.2.9', '~1.2.0', true],
    ['1.3.0', '~1.2.0', false],
    ['1.5.0', '>=1.0.0 <2.0.0', true],
    ['2.0.0', '>=1.0.0 <2.0.0', false],
    ['3.0.0', '^1.0.0 || ^3.0.0', true],
    ['1.0.0', '1.0.0', true],
    ['1.0.1', '*', true],
  ])('%s in %s is %s', (version, range, expected) => {
    expect(satisfiesRange(version, range)).toBe(expected);
  });

  it('does not understand what it cannot check', () => {
    for (const bad of ['', 'latest', '^1', '>= ', '1.0.0 ||']) expect(parseRange(bad)).toBeUndefined();
  });
});
