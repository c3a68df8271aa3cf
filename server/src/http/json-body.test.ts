import { describe, expect, it } from 'vitest';
import { isJsonContentType, nestsDeeperThan } from './json-body.ts';

describe('nestsDeeperThan', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(nestsDeeperThan('{"a":[{"b":1}]}', 3)).toBe(false);
    expect(nestsDeeperThan('{"a":[{"b":[1]}]}', 3)).toBe(true);
    expect(nestsDeeperThan('{"a":"[[[[[[[[\\"[[[["}', 1)).toBe(false);
    expect(nestsDeeperThan('['.repeat(100_000), 64)).toBe(true);
  });
});

describe('isJsonContentType', () => {
  it('takes the media type, not a parameter that mentions JSON', () => {
    expect(isJsonContentType('application/json')).toBe(true);
    expect(isJsonContentType('Application/JSON; charset=utf-8')).toBe(true);
    expect(isJsonContentType('application/problem+json')).toBe(true);
    expect(isJsonContentType('text/plain; note=application/json')).toBe(false);
    expect(isJsonContentType('multipart/form-data; boundary=application/json')).toBe(false);
    expect(isJsonContentType(undefined)).toBe(false);
  });
});
