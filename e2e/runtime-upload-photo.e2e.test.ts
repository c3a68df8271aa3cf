import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { openApp, pickRegion, signIn, validIdNumber } from './support/runtime-resident.ts';

const browser = useBrowser();
const base = () => inject('baseUrl');

/** A camera-like photo: 4000 × 3000, fine noise over gradients, JPEG at high quality (about 10 MB). */
async function cameraPhoto(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 4000;
    canvas.height = 3000;
    const g = canvas.getContext('2d')!;
    const image = g.createImageData(4000, 3000);
    let seed = 7;
    for (let i = 0; i < image.data.length; i += 4) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const noise = seed % 128;
      const x = (i / 4) % 4000;
      image.data[i] = (x / 16 + noise) & 255;
      image.data[i + 1] = (noise * 2) & 255;
      image.data[i + 2] = (255 - x / 16 + noise) & 255;
      image.data[i + 3] = 255;
    }
    g.putImageData(image, 0, 0);
    const blob = await new Promise<Blob>((r) => canvas.toBlob((b) => r(b!), 'image/jpeg', 0.95));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  });
  return Buffer.from(base64, 'base64');
}

/** Width and height from a JPEG's start-of-frame marker. */
function jpegSize(bytes: Buffer): { width: number; height: number } {
  for (let i = 2; i < bytes.length - 9; ) {
    if (bytes[i] !== 0xff) return { width: 0, height: 0 };
    const marker = bytes[i + 1]!;
    const length = bytes.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xc3)
      return { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
    i += 2 + length;
  }
  return { width: 0, height: 0 };
}

async function fillFirstPage(page: Page) {
  await page.locator('#f-name').fill('钱奶奶');
  await page.locator('#f-idNumber').fill(validIdNumber('330110', '19420808', '062'));
  await page.locator('#f-phone').fill('13900139001');
  await pickRegion(page, 'f-address', '330110109222');
  await page.locator('#f-address-detail').fill('径山村 3 组');
  await page.locator('input[name="householdType"][value="农村"]').check();
  await page.locator('input[name="filledBy"][value="本人"]').check();
  await page.getByRole('button', { name: '下一步' }).click();
}

it('a 10 MB camera photo is shrunk on the phone and uploads on a weak network with a progress bar', async () => {
  const { context, page } = await openApp(browser, base(), 'elderly-subsidy');
  const photo = await cameraPhoto(page);
  // Above the field's 8 MB limit as taken: only downsizing lets it through.
  expect(photo.length).toBeGreaterThan(8.5 * 1024 * 1024);
  await fillFirstPage(page);

  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 300,
    downloadThroughput: 200 * 1024,
    uploadThroughput: 100 * 1024,
  });
  const answered = page.waitForResponse((r) => r.url().includes('/uploads'), { timeout: 90_000 });
  await page.locator('#f-documents').setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: photo });
  const bar = page.getByRole('progressbar', { name: 'IMG_2041.jpg 上传进度' });
  await bar.waitFor({ timeout: 30_000 });

  const response = await answered;
  expect(response.status()).toBe(201);
  const ref = (await response.json()) as { id: string; name: string; size: number; type: string };
  expect(ref.type).toBe('image/jpeg');
  expect(ref.name).toBe('IMG_2041.jpg');
  expect(ref.size).toBeLessThan(photo.length / 3);
  // What the server stored, read back as an official: the shrunk photo, not the camera's.
  await signIn(context, base(), 'county-admin');
  const apps = (await (await context.request.get(`${base()}/api/v1/apps`)).json()) as {
    items: Array<{ id: number; slug: string }>;
  };
  const appId = apps.items.find((a) => a.slug === 'elderly-subsidy')?.id;
  const stored = await context.request.get(`${base()}/api/v1/apps/${appId}/files/${ref.id}`);
  expect(stored.headers()['content-type']).toBe('image/jpeg');
  const jpeg = await stored.body();
  expect(jpeg.length).toBe(ref.size);
  const { width, height } = jpegSize(jpeg);
  expect(Math.max(width, height)).toBe(2048);
  expect(width / height).toBeCloseTo(4 / 3, 2);

  await page.locator('.sp-files li').waitFor();
  await expect.poll(() => page.locator('.sp-upload [role="status"]').textContent()).toContain('已上传');
  expect(await bar.count()).toBe(0);
  await context.close();
});
