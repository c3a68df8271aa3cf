import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { createBlankApp, signIn, waitSaved } from './support/editor-helpers.ts';
import { ActionCounter, buildHealthDeclaration, OUTCOME_MESSAGES } from './support/health-declaration-script.ts';

const browser = useBrowser();

/** The saved draft, as the server holds it. */
async function draftOf(page: Page): Promise<Record<string, unknown>> {
  const id = /\/apps\/([^/]+)\/edit/.exec(page.url())?.[1];
  const res = await page.request.get(new URL(`/api/v1/apps/${id}`, page.url()).href);
  return ((await res.json()) as { draft: Record<string, unknown> }).draft;
}

it('a new official builds the health declaration from blank by picking — no formula, no key — and publishes', async () => {
  const base = inject('baseUrl');
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await signIn(page, base);
  await createBlankApp(page, '居民健康申报');

  const act = new ActionCounter(page);
  await buildHealthDeclaration(page, act);
  await waitSaved(page);
  await page.screenshot({ path: '/tmp/logic-e2e-outcomes.png', fullPage: true });

  // What was typed: labels, one threshold and the messages; nothing that looks like a formula or a key.
  const messages = Object.values(OUTCOME_MESSAGES);
  expect(act.typed.filter((text) => !messages.includes(text)).every((text) => !/[=<>&|()]|[A-Za-z]/.test(text))).toBe(
    true,
  );

  // The definition holds the formulas the engine runs, on keys generated from the labels.
  const draft = (await draftOf(page)) as {
    pages: Array<{ nodes: Array<{ name?: string; visibleWhen?: string }> }>;
    computed: Array<{ name: string; expr: string }>;
    outcomes: Array<{ when?: string; result: { code: string; message?: string } }>;
  };
  const nodes = draft.pages[0]!.nodes;
  expect(nodes.map((n) => n.name)).toEqual([
    'name',
    'idNumber',
    'phone',
    'temperature',
    'shiFouQuGuoZhongGaoFengXianDiQu',
    'xingChengShuoMing',
  ]);
  expect(nodes[5]!.visibleWhen).toBe('shiFouQuGuoZhongGaoFengXianDiQu == "是"');
  expect(draft.computed).toEqual([{ name: 'shiFouFaRe', expr: 'temperature >= 37.3', label: '是否发热' }]);
  expect(draft.outcomes.map((o) => [o.when, o.result.code, o.result.message])).toEqual([
    ['shiFouFaRe == true', 'red', OUTCOME_MESSAGES.red],
    ['shiFouQuGuoZhongGaoFengXianDiQu == "是"', 'yellow', OUTCOME_MESSAGES.yellow],
    [undefined, 'green', OUTCOME_MESSAGES.green],
  ]);

  // 试一试: sample answers show which outcome they get.
  const side = page.locator('.side-panel');
  const tryIt = side.locator('.try-outcome');
  await expect.poll(() => tryIt.getByRole('status').textContent()).toContain('第 3 条「绿码」');
  await tryIt.getByLabel('今日体温').fill('38.1');
  await expect.poll(() => tryIt.getByRole('status').textContent()).toContain('第 1 条「红码」');
  await tryIt.getByLabel('今日体温').fill('36.6');
  await tryIt.getByLabel('是否去过中高风险地区').selectOption({ label: '是' });
  await expect.poll(() => tryIt.getByRole('status').textContent()).toContain('第 2 条「黄码」');

  // The preview is the runtime: the follow-up question appears after 是.
  const preview = page.getByTestId('preview');
  await expect.poll(() => preview.getByLabel('行程说明').count()).toBe(0);
  await preview.getByLabel('是', { exact: true }).check();
  await preview.getByLabel('行程说明').waitFor();

  // The ID number is sensitive (L4): publishing needs the consent text residents agree to (two actions).
  await act.click(page.getByRole('tab', { name: '设置' }));
  await act.fill(page.getByLabel('个人信息告知同意书'), '仅为健康申报收集身份证号码，保存 30 天后删除。');
  await waitSaved(page);

  // Publish (two more actions), then a resident with a fever gets the red outcome.
  await act.click(page.getByRole('button', { name: '发布', exact: true }));
  const dialog = page.getByRole('dialog');
  await act.click(dialog.getByRole('button', { name: '确认发布' }));
  const link = await dialog.getByTestId('resident-link').inputValue();
  expect(act.count).toBeLessThanOrEqual(45);

  const resident = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await resident.goto(link);
  await resident.getByLabel('姓名').fill('张三');
  await resident.getByLabel('今日体温').fill('38.2');
  await resident.getByLabel('否', { exact: true }).check();
  await resident.getByLabel('我已阅读并同意').check();
  await resident.getByRole('button', { name: '提交' }).click();
  await expect.poll(() => resident.locator('.sp-outcome-label').textContent(), { timeout: 15_000 }).toBe('红码');
  expect(await resident.getByTestId('outcome-message').textContent()).toBe(OUTCOME_MESSAGES.red);
  expect(errors).toEqual([]);
});
