import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const EXECUTABLE = process.env.SPROUT_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, headless, with the flags this closed network needs. `lang` sets the
 * browser's UI language (officials' browsers are Chinese, so Chinese glyphs are chosen).
 */
export async function launchBrowser(options: { lang?: 'zh-CN' } = {}): Promise<Browser> {
  if (!existsSync(EXECUTABLE)) throw new Error(`No Chromium at ${EXECUTABLE}: run node scripts/ensure-chromium.mjs`);
  const language = options.lang ? { LANG: 'zh_CN.UTF-8', LANGUAGE: 'zh_CN' } : {};
  return chromium.launch({
    executablePath: EXECUTABLE,
    headless: true,
    env: { ...process.env, ...language },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
  });
}

/**
 * The file's browser: launched before its tests, closed after them. Use it as the Browser
 * itself (`browser.newPage()`); it refers to the launched one once `beforeAll` has run.
 * @example const browser = useBrowser();
 */
export function useBrowser(options: { lang?: 'zh-CN' } = {}): Browser {
  let launched: Browser | undefined;
  beforeAll(async () => {
    launched = await launchBrowser(options);
  });
  afterAll(async () => {
    await launched?.close();
  });
  return new Proxy({} as Browser, {
    get(_target, key) {
      if (!launched) throw new Error('useBrowser: the browser is launched in beforeAll; use it inside a test');
      const value = Reflect.get(launched, key, launched);
      return typeof value === 'function' ? value.bind(launched) : value;
    },
  });
}
