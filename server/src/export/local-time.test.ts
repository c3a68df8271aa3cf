import { describe, expect, it } from 'vitest';
import { isTimeZone, localTime } from './local-time.ts';

describe('localTime', () => {
  it('writes Beijing time as YYYY-MM-DD HH:mm, across midnight too', () => {
    expect(localTime('2026-03-02T02:05:00.000Z', 'Asia/Shanghai')).toBe('2026-03-02 10:05');
    expect(localTime('2026-03-02T16:30:59.999Z', 'Asia/Shanghai')).toBe('2026-03-03 00:30');
  });

  it('follows the configured zone and leaves text that is not a time alone', () => {
    expect(localTime('2026-07-01T12:00:00Z', 'Europe/Berlin')).toBe('2026-07-01 14:00');
    expect(localTime('not a time', 'Asia/Shanghai')).toBe('not a time');
  });

  it('knows real zone names', () => {
    expect(isTimeZone('Asia/Urumqi')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
