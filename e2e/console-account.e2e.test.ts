import { expect, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { guideShot, signInAt, ZH } from './support/console-helpers.ts';
import { serverForEachTest } from './support/server-per-test.ts';

// Servers of their own: the test changes an official's password, which a retry must not meet again
// and other tests must not see.
const server = serverForEachTest();
const browser = useBrowser({ lang: 'zh-CN' });

it('an official changes their password (the server’s Chinese message when the old one is wrong) and signs out everywhere', async () => {
  const base = server().url;
  const other = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...ZH });
  const otherPage = await other.newPage();
  await signInAt(otherPage, base, 'zhangyan-builder');
  await otherPage.getByRole('heading', { name: /你好/ }).waitFor();

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...ZH });
  const page = await context.newPage();
  await signInAt(page, base, 'zhangyan-builder', undefined, '/account');
  await page.getByRole('heading', { name: '我的账号' }).waitFor();

  await page.getByLabel('原密码').fill('not-my-password');
  await page.getByLabel('新密码（至少 8 位）').fill('new-password-1');
  await page.getByLabel('再输入一次新密码').fill('new-password-1');
  await page.getByRole('button', { name: '修改密码' }).click();
  // problem+json from the server, in Chinese (Accept-Language), never a blank screen.
  await page.getByRole('alert').getByText('原密码不正确').waitFor();
  await guideShot(page, 'account-desktop');

  await page.getByLabel('原密码').fill('sprout-demo-1');
  await page.getByRole('button', { name: '修改密码' }).click();
  await page.getByText('密码已修改。其他设备上的登录已退出。').waitFor();
  // The other browser's session ended with the change.
  expect(await otherPage.evaluate(async () => (await fetch('/api/v1/auth/me')).status)).toBe(401);

  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: '在所有设备上退出' }).click();
  await page.getByRole('button', { name: '登录' }).waitFor();
  expect(await page.evaluate(async () => (await fetch('/api/v1/auth/me')).status)).toBe(401);

  // The new password works.
  await signInAt(page, base, 'zhangyan-builder', 'new-password-1');
  await page.getByRole('heading', { name: /你好，张堰村网格员/ }).waitFor();
  await other.close();
  await context.close();
});
