import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { apiLogin } from './support/review-helpers.ts';
import { TINY_PNG, validIdNumber } from './support/runtime-resident.ts';

// The runtime's own QR library renders the test picture, the way a resident's phone would show it.
const QRCode = createRequire(resolve(import.meta.dirname, '../runtime/package.json'))('qrcode') as {
  toBuffer(segments: unknown, options: object): Promise<Buffer>;
};

const browser = useBrowser();
const base = () => inject('baseUrl');

let n = 0;
async function healthCode(): Promise<{ token: string; receiptCode: string }> {
  const values = {
    name: '王小明',
    idNumber: validIdNumber('330110', '19850315', String(100 + ++n).slice(-3)),
    phone: '13800138000',
    region: '330110109222',
    temperature: 36.5,
    symptoms: ['无'],
    travel: '否',
    contact: '否',
  };
  const res = await fetch(`${base()}/api/v1/public/apps/health-code/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `verify-e2e-${Date.now()}-${n}` },
    body: JSON.stringify({ version: 1, consentVersion: 1, values }),
  });
  if (res.status !== 201) throw new Error(`submit: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { resultCode?: string; receiptCode: string };
  if (!body.resultCode) throw new Error('the health code app issued no result code');
  return { token: body.resultCode, receiptCode: body.receiptCode };
}

async function openVerify(): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${base()}/verify`);
  // The trust bundle is fetched and cached before anything is checked.
  await expect.poll(() => page.getByTestId('sync').textContent(), { timeout: 30_000 }).toContain('更新于');
  return page;
}

async function paste(page: Page, text: string): Promise<string | null> {
  await page.locator('#rc-input').fill(text);
  await page.getByRole('button', { name: '核验', exact: true }).click();
  const verdict = page.locator('.sp-verdict');
  await expect.poll(() => verdict.getAttribute('data-status'), { timeout: 30_000 }).not.toBe('');
  return verdict.getAttribute('data-status');
}

describe('/verify', () => {
  it('checks a pasted code: valid with the masked name, tampered when a character of the payload changes', async () => {
    const { token } = await healthCode();
    const page = await openVerify();
    expect(await paste(page, token)).toBe('valid');
    const verdict = page.locator('.sp-verdict');
    expect(await verdict.textContent()).toContain('王*明');
    expect(await verdict.locator('h2').textContent()).toMatch(/有效/);

    const [h, p, s] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, rc: 'green', exp: claims.exp + 86_400 })).toString(
      'base64url',
    );
    expect(await paste(page, `${h}.${forged}.${s}`)).toBe('tampered');
    expect(await paste(page, 'not a code')).toBe('malformed');
    await page.context().close();
  });

  it('reads a QR picture given to the scanner’s file input, and shows a revoked code as revoked', async () => {
    const { token, receiptCode } = await healthCode();
    const admin = await apiLogin(base(), 'county-admin');
    const apps = (await (await admin.fetch('/apps')).json()) as { items: Array<{ id: number; slug: string }> };
    const appId = apps.items.find((a) => a.slug === 'health-code')!.id;
    const list = (await (await admin.fetch(`/apps/${appId}/submissions?q=${receiptCode}`)).json()) as {
      items: Array<{ id: number }>;
    };

    const picture = async (t: string) => {
      const digits = [...t].map((ch) => String(ch.charCodeAt(0) - 45).padStart(2, '0')).join('');
      const png = await QRCode.toBuffer(
        [
          { data: 'SPROUT:/', mode: 'byte' },
          { data: digits, mode: 'numeric' },
        ],
        { errorCorrectionLevel: 'M', margin: 4, width: 600 },
      );
      return { name: 'code.png', mimeType: 'image/png', buffer: png };
    };

    const page = await openVerify();
    const input = page.locator('input[type="file"]');
    await input.setInputFiles(await picture(token));
    const verdict = page.locator('.sp-verdict');
    await expect.poll(() => verdict.getAttribute('data-status'), { timeout: 30_000 }).toBe('valid');
    expect(await page.locator('#rc-input').inputValue()).toMatch(/^SPROUT:\/\d+$/);

    const revoked = await admin.fetch(`/apps/${appId}/submissions/${list.items[0]!.id}/revoke`, {
      method: 'POST',
      json: {},
    });
    expect(revoked.status).toBe(200);
    // A fresh visit syncs the new revocation list; the same picture is now refused as revoked.
    const again = await openVerify();
    await again.locator('input[type="file"]').setInputFiles(await picture(token));
    await expect
      .poll(() => again.locator('.sp-verdict').getAttribute('data-status'), { timeout: 30_000 })
      .toBe('revoked');
    await page.context().close();
    await again.context().close();
  });

  it('names the issuing org and app, and clears the last verdict the moment a new scan fails', async () => {
    const { token } = await healthCode();
    const page = await openVerify();
    expect(await paste(page, token)).toBe('valid');
    const verdict = page.locator('.sp-verdict');
    expect(await verdict.locator('[data-fact="org"] dd').textContent()).toBe('余杭区');
    expect(await verdict.locator('[data-fact="app"] dd').textContent()).toContain('健康');
    expect(await verdict.textContent()).not.toContain('127.0.0.1');

    // A picture with no QR code in it: the green verdict must not stay beside it.
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'blank.png', mimeType: 'image/png', buffer: TINY_PNG });
    await page.getByText('图片中没有找到二维码').waitFor({ timeout: 30_000 });
    expect(await verdict.getAttribute('data-status')).toBe('');
    expect(await verdict.textContent()).toBe('');
    await page.context().close();
  });

  it('shows every invalid verdict in the same alarming style, each with its reason', async () => {
    const { token } = await healthCode();
    const [h, p, s] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...claims, rc: 'green', exp: claims.exp + 9 })).toString('base64url')}.${s}`;
    const foreignHeader = Buffer.from(JSON.stringify({ alg: 'ES256', kid: 'nobody-knows', typ: 'sprout-rc' })).toString(
      'base64url',
    );
    const page = await openVerify();
    const verdict = page.locator('.sp-verdict');
    const cases: Array<[string, string, RegExp]> = [
      [forged, 'tampered', /签名与内容不符/],
      ['not a code', 'malformed', /不是萌芽签发的结果码/],
      [`${foreignHeader}.${p}.${s}`, 'unknown-issuer', /不在本机的信任名单/],
    ];
    for (const [code, status, reason] of cases) {
      expect(await paste(page, code)).toBe(status);
      expect(await verdict.getAttribute('class')).toContain('sp-verdict-invalid');
      expect(await verdict.locator('h2').textContent()).toMatch(/^✕ 无效：/);
      expect(await page.getByTestId('verdict-reason').textContent()).toMatch(reason);
      expect(await page.getByTestId('verdict-reason').textContent()).toContain('请勿放行');
      // An unchecked signature shows no holder details at all.
      expect(await verdict.locator('dl').count()).toBe(0);
    }
    await page.context().close();
  });
});
