import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { apiLogin, publishReviewedApp } from './support/review-helpers.ts';
import { openApp, signIn } from './support/runtime-resident.ts';

const browser = useBrowser();
const base = () => inject('baseUrl');

const COMMENT = '请写明申请的具体事由和金额';

describe('review: returned for correction', () => {
  it('a reviewer returns a submission with a comment in the console; the resident sees it, corrects and resends', async () => {
    const app = await publishReviewedApp(base(), `临时救助申请 ${Date.now()}`);

    // The resident applies on a phone.
    const { context: phone, page } = await openApp(browser, base(), app.slug);
    await page.locator('#f-name').fill('王小明');
    await page.locator('#f-reason').fill('生活困难');
    await page.getByRole('button', { name: '提交', exact: true }).click();
    const codeCell = page.locator('[data-receipt-code]');
    await codeCell.waitFor({ timeout: 30_000 });
    const receiptCode = (await codeCell.getAttribute('data-receipt-code'))!;
    expect(await page.locator('[data-status]').getAttribute('data-status')).toBe('pending');

    // The township reviewer sees it on the home page count and returns it from the queue.
    const desk = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    await signIn(desk, base(), 'jingshan-reviewer');
    const officials = await desk.newPage();
    await officials.goto(`${base()}/home`);
    await expect
      .poll(() => officials.getByTestId('review-counts').textContent(), { timeout: 30_000 })
      .toMatch(/待审核 \d+ 件/);
    await officials.goto(`${base()}/review`);
    const item = officials.locator(`li[data-receipt="${receiptCode}"]`);
    await item.waitFor({ timeout: 30_000 });
    await item.getByRole('button', { name: '退回修改' }).click();
    // No comment: the server's 422 is shown, nothing changes.
    await expect.poll(() => item.getByRole('alert').textContent(), { timeout: 30_000 }).toContain('意见');
    await item.getByLabel('审核意见（不通过或退回时必填）').fill(COMMENT);
    await item.getByRole('button', { name: '退回修改' }).click();
    await expect
      .poll(() => officials.locator(`li[data-receipt="${receiptCode}"]`).count(), { timeout: 30_000 })
      .toBe(0);

    // The resident looks the receipt up again on the same phone.
    await page.goto(`${base()}/a/${app.slug}?receipt=${receiptCode}`);
    await expect
      .poll(() => page.locator('[data-status]').getAttribute('data-status'), { timeout: 30_000 })
      .toBe('returned');
    expect(await page.getByTestId('review-comment').textContent()).toBe(COMMENT);
    expect(await page.locator('[data-status]').textContent()).toBe('退回修改');
    await page.getByRole('button', { name: '修改后重新提交' }).click();
    await page.locator('#f-reason').waitFor({ timeout: 30_000 });
    expect(await page.locator('#f-name').inputValue()).toBe('王小明');
    expect(await page.locator('#f-reason').inputValue()).toBe('生活困难');
    await page.locator('#f-reason').fill('因病住院，申请临时救助 3000 元');
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await expect
      .poll(() => page.locator('[data-status]').getAttribute('data-status'), { timeout: 30_000 })
      .toBe('pending');
    expect(await page.locator('[data-receipt-code]').getAttribute('data-receipt-code')).toBe(receiptCode);

    // Back in the queue as the second revision, with the corrected answer and the history kept.
    const reviewer = await apiLogin(base(), 'jingshan-reviewer');
    const queue = (await (await reviewer.fetch(`/review/queue?appId=${app.id}`)).json()) as {
      items: Array<{ id: number; receiptCode: string; revision: number; values: Record<string, unknown> }>;
    };
    const again = queue.items.find((i) => i.receiptCode === receiptCode);
    expect(again).toMatchObject({ revision: 2, values: { reason: '因病住院，申请临时救助 3000 元' } });
    const detail = (await (await reviewer.fetch(`/apps/${app.id}/submissions/${again!.id}`)).json()) as {
      history: Array<{ fromStatus: string | null; toStatus: string; comment: string | null }>;
    };
    expect(detail.history.map((h) => h.toStatus)).toEqual(['pending', 'returned', 'pending']);
    expect(detail.history[1]?.comment).toBe(COMMENT);
    await phone.close();
    await desk.close();
  });
});
