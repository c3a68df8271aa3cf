import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import {
  axeViolations,
  focused,
  openApp,
  pickRegion,
  submissionCount,
  validIdNumber,
} from './support/runtime-resident.ts';

const browser = useBrowser();
const base = () => inject('baseUrl');

const ID = validIdNumber('330110', '19800101', '123');

describe('health code, as a resident fills it', () => {
  it('explains invalid input beside each field and in a focused summary, shows the conditional question, and issues a green code', async () => {
    const { context, page } = await openApp(browser, base(), 'health-code');
    await page.getByRole('button', { name: '下一步' }).click();
    const summary = page.locator('.sp-summary');
    await expect.poll(() => summary.textContent()).toContain('有 4 处需要修改');
    expect((await focused(page)).className).toContain('sp-summary');
    expect(await page.locator('#f-name-error').textContent()).toBe('此项为必填项');
    expect(await page.locator('#f-name').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#f-name').getAttribute('aria-describedby')).toContain('f-name-error');

    await page.locator('#f-idNumber').fill(`${ID.slice(0, 17)}${ID.endsWith('1') ? '2' : '1'}`);
    await page.locator('#f-idNumber').blur();
    await expect.poll(() => page.locator('#f-idNumber-error').textContent()).toContain('校验位');
    await page.locator('#f-idNumber').fill(ID);
    await expect.poll(() => page.locator('#f-idNumber-error').count()).toBe(0);
    await page.locator('#f-name').fill('张三');
    await page.locator('#f-phone').fill('138 0013 8000');
    await pickRegion(page, 'f-region', '330110109202');
    await page.getByRole('button', { name: '下一步' }).click();
    await expect.poll(async () => (await focused(page)).text).toBe('健康状况');
    // Back and next keep what was typed on each page.
    await page.locator('#f-temperature').fill('36.5');
    await page.getByRole('button', { name: '上一步' }).click();
    expect(await page.locator('#f-name').inputValue()).toBe('张三');
    expect(await page.locator('#f-region-4').inputValue()).toBe('330110109202');
    await page.getByRole('button', { name: '下一步' }).click();
    expect(await page.locator('#f-temperature').inputValue()).toBe('36.5');

    expect(await page.locator('#f-travelPlaces').count()).toBe(0);
    await page.locator('input[name="travel"][value="是"]').check();
    await page.locator('#f-travelPlaces').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('input[name="travel"][value="否"]').check();
    await expect.poll(() => page.locator('#f-travelPlaces').count()).toBe(0);

    await page.locator('#f-temperature').fill('36.5');
    await page.getByRole('checkbox', { name: '以上都没有' }).check();
    await page.locator('input[name="contact"][value="否"]').check();
    await page.locator('#sp-consent-agree').check(); // 我已阅读并同意
    await page.getByRole('button', { name: '提交' }).click();
    await page.locator('.sp-receipt').waitFor();
    expect(await page.locator('.sp-outcome').getAttribute('data-outcome')).toBe('green');
    expect(await page.locator('.sp-outcome-label').textContent()).toBe('绿码');
    await page.locator('img.sp-qr').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const code = (await page.locator('.sp-receipt-code').textContent()) ?? '';
    expect(code).toMatch(/\w{6,}/);
    // The receipt's own address (what the QR code holds when no signed code is issued) shows its status.
    await page.goto(`${base()}/a/health-code?receipt=${encodeURIComponent(code)}`);
    await page.locator('.sp-receipt').waitFor();
    expect(await page.locator('.sp-receipt-code').textContent()).toBe(code);
    expect(await page.locator('.sp-outcome').getAttribute('data-outcome')).toBe('green');
    await context.close();
  });

  it('restores a draft (without the L4 ID number) after a reload, with a notice and a way to clear it', async () => {
    const { context, page } = await openApp(browser, base(), 'health-code');
    await page.locator('#f-name').fill('李四');
    await page.locator('#f-idNumber').fill(ID);
    await pickRegion(page, 'f-region', '330110109202');
    await page.waitForTimeout(700);
    // The ID number is L4 (sensitive personal information): it never goes into the browser's storage.
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(ID.slice(0, 10));
    await page.reload();
    await page.locator('[data-testid="draft-restored"]').waitFor();
    expect(await page.locator('#f-name').inputValue()).toBe('李四');
    expect(await page.locator('#f-idNumber').inputValue()).toBe('');
    await expect.poll(() => page.locator('#f-region-4').inputValue()).toBe('330110109202');
    await page.locator('#f-region-4 option[value="330110109202"]').waitFor({ state: 'attached' });
    expect(await page.locator('#f-region-4 option:checked').textContent()).toBe('求是村委会');
    await page.getByRole('button', { name: '清空重填' }).click();
    await expect.poll(() => page.locator('#f-name').inputValue()).toBe('');
    await page.reload();
    await page.locator('form').waitFor();
    expect(await page.locator('[data-testid="draft-restored"]').count()).toBe(0);
    await context.close();
  });

  it('queues a submission made offline and sends it exactly once when back online', async () => {
    const before = await submissionCount(base(), 'health-code');
    const { context, page } = await openApp(browser, base(), 'health-code');
    await page.locator('#f-name').fill('王五');
    await page.locator('#f-idNumber').fill(ID);
    await page.locator('#f-phone').fill('13800138000');
    await pickRegion(page, 'f-region', '330110109202');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.locator('#f-temperature').fill('37.8');
    await page.getByRole('checkbox', { name: '咳嗽' }).check();
    await page.locator('input[name="travel"][value="否"]').check();
    await page.locator('input[name="contact"][value="否"]').check();
    await context.setOffline(true);
    await page.locator('#sp-consent-agree').check(); // 我已阅读并同意
    await page.getByRole('button', { name: '提交' }).click();
    await page.locator('[data-testid="queued"]').waitFor();
    // Still offline after a reload attempt from the page itself: nothing reaches the server.
    await page.getByRole('button', { name: '立即重试发送' }).click();
    await page.waitForTimeout(300);
    expect(await submissionCount(base(), 'health-code')).toBe(before);
    await context.setOffline(false);
    await page.locator('.sp-receipt').waitFor({ timeout: 20_000 });
    expect(await page.locator('.sp-outcome').getAttribute('data-outcome')).toBe('red');
    await page.locator('img.sp-qr').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await page.locator('form').waitFor();
    await page.waitForTimeout(500);
    expect(await submissionCount(base(), 'health-code')).toBe(before + 1);
    await context.close();
  });
});
