// @vitest-environment happy-dom
import { DISPLAY_PREFS_COOKIE } from '@sprout/shared/i18n';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStorage } from '../../drafts/draft-store.ts';
import { loadPrefs, savePrefs, shareWithServer } from './prefs.ts';

const cookie = () =>
  document.cookie
    .split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${DISPLAY_PREFS_COOKIE}=`));

describe('the resident’s display choices', () => {
  beforeEach(() => {
    // biome-ignore lint/suspicious/noDocumentCookie: forgets what the code under test wrote, as it wrote it
    document.cookie = `${DISPLAY_PREFS_COOKIE}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT`;
  });

  it('are remembered on the device and told to the server in a cookie', () => {
    const storage = createMemoryStorage();
    savePrefs(storage, { locale: 'en', largeText: true }, document);
    expect(loadPrefs(storage)).toEqual({ locale: 'en', largeText: true });
    expect(cookie()).toBe(`${DISPLAY_PREFS_COOKIE}=en.large`);
    savePrefs(storage, { locale: 'zh-CN', largeText: false }, document);
    expect(cookie()).toBe(`${DISPLAY_PREFS_COOKIE}=zh-CN`);
  });

  it('send no cookie from a device that never chose', () => {
    shareWithServer(document, loadPrefs(createMemoryStorage()));
    expect(cookie()).toBeUndefined();
  });

  it('read as the default from storage that is empty or holds nonsense', () => {
    const storage = createMemoryStorage();
    expect(loadPrefs(storage)).toEqual({ locale: 'zh-CN', largeText: false });
    storage.setItem('sprout:prefs', '{"locale":"fr","largeText":"yes"}');
    expect(loadPrefs(storage)).toEqual({ locale: 'zh-CN', largeText: false });
    storage.setItem('sprout:prefs', 'not json');
    expect(loadPrefs(storage)).toEqual({ locale: 'zh-CN', largeText: false });
  });
});
