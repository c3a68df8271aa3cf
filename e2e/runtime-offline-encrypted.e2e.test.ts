import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { pickRegion, submissionCount, validIdNumber } from './support/runtime-resident.ts';

const base = () => inject('baseUrl');
const ID = validIdNumber('330110', '19770707', '321');

/**
 * A phone's browser on disk: every launch on `profile` reopens the same storage. Each attempt of
 * the test gets a fresh profile and closes what it launched even when it fails, so a retry never
 * meets the last attempt's Chromium holding the profile lock or its queued submission.
 */
function phoneBrowser(profile: string): () => Promise<BrowserContext> {
  const launched: BrowserContext[] = [];
  onTestFinished(async () => {
    await Promise.all(launched.map((c) => c.close()));
    // Chromium may still be writing its profile as it closes: retry the removal a few times.
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  });
  return async () => {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.SPROUT_CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      viewport: { width: 360, height: 740 },
      locale: 'zh-CN',
    });
    launched.push(context);
    return context;
  };
}

/** Every file of the browser profile, so the test reads what the phone would keep on disk. */
function profileBytes(dir: string): Buffer {
  const parts: Buffer[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) parts.push(profileBytes(path));
    else if (st.size < 20_000_000) parts.push(readFileSync(path));
  }
  return Buffer.concat(parts);
}

const contains = (bytes: Buffer, text: string) =>
  bytes.includes(Buffer.from(text, 'latin1')) || bytes.includes(Buffer.from(text, 'utf16le'));

describe('the offline queue on a resident’s phone', () => {
  it('keeps the ID number of a queued submission encrypted at rest, and sends it whole once online', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'sprout-profile-'));
    const launch = phoneBrowser(profile);
    const before = await submissionCount(base(), 'health-code');
    const context = await launch();
    const page = await context.newPage();
    await page.goto(`${base()}/a/health-code`);
    await page.locator('#f-name').fill('离线甲');
    await page.locator('#f-idNumber').fill(ID);
    await page.locator('#f-phone').fill('13900001111');
    await pickRegion(page, 'f-region', '330110109202');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.locator('#f-temperature').fill('36.6');
    await page.getByRole('checkbox', { name: '以上都没有' }).check();
    await page.locator('input[name="travel"][value="否"]').check();
    await page.locator('input[name="contact"][value="否"]').check();
    // Submitting without 我已阅读并同意 keeps the form, says why and puts focus on the box.
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByRole('alert').filter({ hasText: '请先阅读隐私说明' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sp-consent-agree');
    await page.screenshot({ path: '/tmp/privacy-consent-360.png', fullPage: true });
    await page.locator('#sp-consent-agree').check();
    await context.setOffline(true);
    await page.getByRole('button', { name: '提交' }).click();
    await page.locator('[data-testid="queued"]').waitFor();

    // What the page keeps: the outbox holds a box, not the ID number; the key cannot be read out.
    const outbox = (await page.evaluate(() => localStorage.getItem('sprout:outbox'))) ?? '';
    expect(outbox).toContain('"sealed"');
    expect(outbox).not.toContain(ID);
    expect(outbox).not.toContain('13900001111');
    const keyReadable = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, no) => {
        const r = indexedDB.open('sprout-keys');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => no(r.error);
      });
      const key = await new Promise<CryptoKey>((ok) => {
        const r = db.transaction('keys').objectStore('keys').get('outbox');
        r.onsuccess = () => ok(r.result as CryptoKey);
      });
      try {
        await crypto.subtle.exportKey('raw', key);
        return `exported ${key.algorithm.name}`;
      } catch {
        return `${key.algorithm.name} extractable=${key.extractable}`;
      }
    });
    expect(keyReadable).toBe('AES-GCM extractable=false');

    // What the disk holds once the browser has written it out: the queued item, never the ID number.
    await page.goto('about:blank');
    await context.close();
    const bytes = profileBytes(profile);
    expect(contains(bytes, 'sprout:outbox')).toBe(true);
    expect(contains(bytes, ID)).toBe(false);

    // Back online in the same profile: the queue opens the box and the server gets the whole answer once.
    const again = await launch();
    const resumed = await again.newPage();
    await resumed.goto(`${base()}/a/health-code`);
    // The phone forgets the item only once the server's answer is back, a moment after the server
    // stored it: wait for the outbox to empty, then the server must hold it exactly once.
    await expect
      .poll(() => resumed.evaluate(() => localStorage.getItem('sprout:outbox')), { timeout: 20_000 })
      .toBeNull();
    expect(await submissionCount(base(), 'health-code')).toBe(before + 1);
  });
});
