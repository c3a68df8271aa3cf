import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { apiLogin } from './support/review-helpers.ts';
import { validIdNumber } from './support/runtime-resident.ts';
import { type RunningServer, startServer } from './support/server.ts';

let browser: Browser;
let other: RunningServer;
const base = () => inject('baseUrl');
beforeAll(async () => {
  [browser, other] = await Promise.all([
    launchBrowser(),
    startServer({ env: { SPROUT_DIVISIONS: 'fixture', SPROUT_DEPLOYMENT_NAME: '临安区萌芽' } }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await other?.stop();
});

async function codeFrom(server: string): Promise<string> {
  const res = await fetch(`${server}/api/v1/public/apps/health-code/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `trusted-${Date.now()}` },
    body: JSON.stringify({
      version: 1,
      consentVersion: 1,
      values: {
        name: '李芳',
        idNumber: validIdNumber('330110', '19920608', '002'),
        phone: '13800138000',
        region: '330110109222',
        temperature: 36.4,
        symptoms: ['无'],
        travel: '否',
        contact: '否',
      },
    }),
  });
  if (res.status !== 201) throw new Error(`submit: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { resultCode: string }).resultCode;
}

async function verdictOf(token: string): Promise<{ status: string | null; text: string }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${base()}/verify`);
  await expect.poll(() => page.getByTestId('sync').textContent(), { timeout: 30_000 }).toContain('更新于');
  await page.locator('#rc-input').fill(token);
  await page.getByRole('button', { name: '核验', exact: true }).click();
  const verdict = page.locator('.sp-verdict');
  await expect.poll(() => verdict.getAttribute('data-status'), { timeout: 30_000 }).not.toBe('');
  const result = { status: await verdict.getAttribute('data-status'), text: (await verdict.textContent()) ?? '' };
  await context.close();
  return result;
}

describe('/verify and the trust list (互认)', () => {
  it('recognises another deployment’s codes once an admin trusts its keys by URL, labelled with its name', async () => {
    const token = await codeFrom(other.url);
    expect((await verdictOf(token)).status).toBe('unknown-issuer');

    const admin = await apiLogin(base(), 'county-admin');
    const added = await admin.fetch('/trust', {
      method: 'POST',
      json: { name: '临安区萌芽', issuerPrefix: `${other.url}/o/`, jwksUrl: `${other.url}/.well-known/jwks.json` },
    });
    expect(added.status).toBe(201);
    const { id } = (await added.json()) as { id: number };
    try {
      const trusted = await verdictOf(token);
      expect(trusted.status).toBe('valid');
      expect(trusted.text).toContain('临安区萌芽');
      expect(trusted.text).toContain('李*');
    } finally {
      expect((await admin.fetch(`/trust/${id}`, { method: 'DELETE' })).status).toBe(204);
    }
  });
});
