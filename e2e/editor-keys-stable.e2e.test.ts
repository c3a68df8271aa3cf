import { expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { signIn, waitSaved } from './support/editor-helpers.ts';

const browser = useBrowser();

it('a key of a published version is locked with the reason; a key added since stays editable', async () => {
  const base = inject('baseUrl');
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await signIn(page, base);
  const { csrfToken } = (await (await page.request.get(`${base}/api/v1/auth/me`)).json()) as { csrfToken: string };
  const headers = { 'X-CSRF-Token': csrfToken };
  const created = await page.request.post(`${base}/api/v1/apps`, { data: { title: '键名稳定' }, headers });
  const app = (await created.json()) as { id: number; revision: number; draft: { pages: Array<{ nodes: unknown[] }> } };
  const put = async (nodes: unknown[], revision: number) => {
    app.draft.pages[0]!.nodes = nodes;
    const res = await page.request.put(`${base}/api/v1/apps/${app.id}/draft`, {
      data: { definition: app.draft, revision },
      headers,
    });
    expect(res.status()).toBe(200);
    return ((await res.json()) as { revision: number }).revision;
  };
  const phone = { id: 'ph', type: 'text', name: 'phone', props: { label: '联系电话' } };
  const rev = await put([phone], app.revision);
  expect((await page.request.post(`${base}/api/v1/apps/${app.id}/publish`, { headers })).status()).toBe(201);
  // Added after the publish: nobody's answers are stored under its key yet.
  await put([phone, { id: 'ad', type: 'text', name: 'address', props: { label: '住址' } }], rev);

  await page.goto(`${base}/apps/${app.id}/edit`);
  const side = page.locator('.side-panel');
  await page.locator('.canvas-node', { hasText: '联系电话' }).first().click();
  await side.getByText('高级', { exact: true }).click();
  const key = side.getByLabel('数据字段名');
  expect(await key.inputValue()).toBe('phone');
  expect(await key.getAttribute('readonly')).not.toBeNull();
  expect(await key.getAttribute('title')).toContain('已发布的版本用这个键保存了群众的回答');
  expect(await side.locator('.node-fields').textContent()).toContain('不能再改');
  // Its label changes; its key does not follow.
  await side.getByLabel('标题', { exact: true }).fill('手机号码');
  await expect.poll(() => key.inputValue()).toBe('phone');

  await page.locator('.canvas-node', { hasText: '住址' }).first().click();
  await side.getByText('高级', { exact: true }).click();
  const fresh = side.getByLabel('数据字段名');
  expect(await fresh.getAttribute('readonly')).toBeNull();
  await fresh.fill('homeAddress');
  await waitSaved(page);
  const draft = (await (await page.request.get(`${base}/api/v1/apps/${app.id}`)).json()) as {
    draft: { pages: Array<{ nodes: Array<{ name: string }> }> };
  };
  expect(draft.draft.pages[0]!.nodes.map((n) => n.name)).toEqual(['phone', 'homeAddress']);
  expect(errors).toEqual([]);
});
