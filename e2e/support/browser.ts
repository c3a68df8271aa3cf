import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

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
