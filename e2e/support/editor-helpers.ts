import type { Locator, Page } from 'playwright-core';

export const DEMO_BUILDER = { username: 'jingshan-admin', password: 'sprout-demo-1' };

/** Signs in through the login page, the way an official does. */
export async function signIn(page: Page, base: string, user = DEMO_BUILDER): Promise<void> {
  await page.goto(`${base}/apps`);
  await page.getByLabel('用户名').fill(user.username);
  await page.getByLabel('密码').fill(user.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('heading', { name: '我的应用' }).waitFor();
}

/** Creates a blank app from the app list and waits for the builder. */
export async function createBlankApp(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: /新建应用/ }).click();
  await page.getByLabel('应用名称').fill(title);
  await page.getByRole('button', { name: '创建并开始编辑' }).click();
  await page.waitForURL(/\/apps\/[^/]+\/edit$/);
  await page.locator('.palette-item').first().waitFor();
}

/** Drags with a real mouse, in small steps, as a person would (dnd-kit needs movement to activate). */
export async function dragTo(
  page: Page,
  source: Locator,
  target: Locator,
  where: 'top' | 'middle' | 'bottom' = 'middle',
) {
  // A long palette (packs, blocks) can push the source below the fold: bring both into view.
  await source.scrollIntoViewIfNeeded();
  await target.scrollIntoViewIfNeeded();
  const s = await source.boundingBox();
  const t = await target.boundingBox();
  if (!s || !t) throw new Error('drag source or target is not visible');
  await page.mouse.move(s.x + s.width / 2, s.y + s.height / 2);
  await page.mouse.down();
  await page.mouse.move(s.x + s.width / 2 + 12, s.y + s.height / 2 + 12, { steps: 4 });
  const edge = Math.min(6, t.height / 4);
  const y = where === 'top' ? t.y + edge : where === 'bottom' ? t.y + t.height - edge : t.y + t.height / 2;
  await page.mouse.move(t.x + t.width / 2, y, { steps: 12 });
  await page.mouse.move(t.x + t.width / 2 + 1, y, { steps: 2 });
  await page.mouse.up();
}

export function paletteItem(page: Page, type: string): Locator {
  return page.locator(`.palette-item[data-type="${type}"]`);
}

export function canvasNodes(page: Page): Locator {
  return page.locator('.canvas-page > .node-list > .canvas-item > .canvas-node');
}

/** The labels of the top-level canvas nodes, in order. */
export async function canvasLabels(page: Page): Promise<string[]> {
  return canvasNodes(page).locator(':scope > .node-head .node-label').allInnerTexts();
}

export async function waitSaved(page: Page): Promise<void> {
  try {
    await page.locator('.save-status[data-status="saved"]').waitFor({ timeout: 15_000 });
  } catch (e) {
    await page.screenshot({ path: '/tmp/editor-e2e-not-saved.png' });
    throw new Error(`draft not saved: ${await page.locator('.save-status').textContent()}`, { cause: e });
  }
}
