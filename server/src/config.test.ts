import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('readConfig: SPROUT_TIME_ZONE', () => {
  it('writes export times in Beijing time unless the deployment names another zone', () => {
    expect(readConfig({}).timeZone).toBe('Asia/Shanghai');
    expect(readConfig({ SPROUT_TIME_ZONE: 'Asia/Urumqi' }).timeZone).toBe('Asia/Urumqi');
  });

  it('refuses a zone the runtime does not know, naming the variable', () => {
    expect(() => readConfig({ SPROUT_TIME_ZONE: 'Beijing' })).toThrow(/SPROUT_TIME_ZONE/);
  });
});
