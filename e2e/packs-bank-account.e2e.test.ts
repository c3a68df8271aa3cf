import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { createBlankApp, paletteItem, signIn, waitSaved } from './support/editor-helpers.ts';
import { apiLogin } from './support/review-helpers.ts';
import { axeViolations, openApp } from './support/runtime-resident.ts';

const PACK_DIR = resolve(import.meta.dirname, '../examples/packs/bank-account');

const browser = useBrowser();

/** The example folder packed as a vendor would (`sprout-pack.json` at the root of a .tgz). */
function packBankAccount(): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'sprout-pack-'));
  cpSync(PACK_DIR, join(dir, 'package'), { recursive: true, filter: (p) => !p.endsWith('.ts') });
  const out = join(dir, 'bank-account.tgz');
  const tar = spawnSync('tar', ['-czf', out, '-C', dir, 'package']);
  if (tar.status !== 0) throw new Error(`tar: ${tar.stderr}`);
  return readFileSync(out);
}

/** Signs a vendor in by the API (an account an admin created) and uploads the archive. */
async function vendorUploads(base: string, archive: Buffer): Promise<{ id: number; name: string }> {
  const admin = await apiLogin(base, 'county-admin');
  const orgs = (await (await admin.fetch('/orgs')).json()) as { items: Array<{ id: number; code: string }> };
  const county = orgs.items.find((o) => o.code === '330110')!;
  const username = `bank-vendor-${Date.now()}`;
  const password = 'vendor-pass-2026';
  const made = await admin.fetch('/users', {
    method: 'POST',
    json: { username, displayName: '示例供应商', orgId: county.id, roles: ['vendor'], password },
  });
  if (made.status !== 201) throw new Error(`create vendor: ${made.status} ${await made.text()}`);
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  // A password someone else chose is replaced first, as the deployment requires.
  const changed = await fetch(`${base}/api/v1/auth/password`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify({ oldPassword: password, newPassword: 'vendor-own-pass-2026' }),
  });
  if (changed.status >= 300) throw new Error(`password: ${changed.status} ${await changed.text()}`);
  const res = await fetch(`${base}/api/v1/catalog/packs`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/gzip' },
    body: new Uint8Array(archive),
  });
  if (res.status !== 201) throw new Error(`upload: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: number; name: string };
}

it('a vendor installs 银行账户, a township admin approves it, a village official publishes it, a resident fills it by keyboard', async () => {
  const base = inject('baseUrl');
  const pack = await vendorUploads(base, packBankAccount());
  const townAdmin = await apiLogin(base, 'jingshan-admin');
  expect((await townAdmin.fetch(`/catalog/packs/${pack.id}/approve`, { method: 'POST', json: {} })).status).toBe(200);

  // The village official finds it in the palette by searching, adds it by keyboard, and publishes.
  const page = await browser.newPage({ viewport: { width: 1600, height: 950 } });
  await signIn(page, base, { username: 'jingshancun-builder', password: 'sprout-demo-1' });
  await createBlankApp(page, '补贴发放登记');
  await page.getByRole('searchbox').fill('银行');
  const item = paletteItem(page, 'examples.bankAccount');
  await item.focus();
  await page.keyboard.press('Enter');
  await page.locator('.canvas-node', { hasText: '银行账户' }).first().waitFor();
  await waitSaved(page);
  await page.getByRole('button', { name: '发布', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '确认发布' }).click();
  const link = await dialog.getByTestId('resident-link').inputValue();
  const slug = link.split('/a/')[1]!;

  // A resident on a 360 px phone, keyboard only: a wrong check digit is refused with the vendor's message.
  const { context, page: phone } = await openApp(browser, base, slug);
  await phone.locator('#f-bankAccount-bank').focus();
  await phone.keyboard.press('ArrowDown');
  await phone.keyboard.press('Tab');
  await phone.keyboard.type('6212262201023557227');
  await phone.keyboard.press('Tab');
  await phone.keyboard.press('Enter');
  await phone.locator('.sp-summary').waitFor();
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText, not the DOM property
  expect(await phone.locator('.sp-summary').innerText()).toContain('银行卡号的校验位不正确');
  expect(await axeViolations(phone)).toEqual([]);
  await phone.locator('#f-bankAccount-account').fill('');
  await phone.locator('#f-bankAccount-account').focus();
  await phone.keyboard.type('6212262201023557228');
  await phone.keyboard.press('Tab');
  await phone.keyboard.press('Enter');
  await phone.getByText('回执码').first().waitFor({ timeout: 15_000 });
  expect(await axeViolations(phone)).toEqual([]);
  await context.close();

  // The server refuses a bad card number sent straight to the API, naming the field.
  const direct = await fetch(`${base}/api/v1/public/apps/${slug}/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `direct-${Date.now()}` },
    body: JSON.stringify({ version: 1, values: { bankAccount: { bank: '中国银行', account: '6212262201023557220' } } }),
  });
  expect(direct.status).toBe(422);
  expect(((await direct.json()) as { errors: Array<{ path: string }> }).errors[0]?.path).toBe('values.bankAccount');

  // The export has the two declared columns.
  const builder = await apiLogin(base, 'jingshancun-builder');
  const apps = (await (await builder.fetch('/apps')).json()) as { items: Array<{ id: number; slug: string }> };
  const appId = apps.items.find((a) => a.slug === slug)!.id;
  const csv = await (await builder.fetch(`/apps/${appId}/export.csv`)).text();
  expect(csv.split('\r\n')[0]).toContain('银行账户 · 开户银行,银行账户 · 银行卡号');
  await page.close();
});
