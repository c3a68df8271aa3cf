import { expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';

const browser = useBrowser();
const base = () => inject('baseUrl');

it('a resident’s first visit renders the form from the page itself, with compressed scripts', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const requests: string[] = [];
  const encodings = new Map<string, string | undefined>();
  const sizes = new Map<string, number>();
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('response', async (r) => {
    const path = new URL(r.url()).pathname;
    encodings.set(path, (await r.allHeaders())['content-encoding']);
    sizes.set(path, (await r.body().catch(() => Buffer.alloc(0))).length);
  });
  await page.goto(`${base()}/a/health-code`);
  await page.locator('form').waitFor();
  // No second round trip for the definition: it came inside the HTML, with the region
  // picker's first level (the provinces), which is there to pick without asking the server.
  expect(requests).not.toContain('/api/v1/public/apps/health-code');
  await page.locator('#f-region option', { hasText: '浙江省' }).waitFor({ state: 'attached' });
  expect(requests).not.toContain('/api/v1/divisions');
  // Files under 1 KB are not worth compressing (scripts/precompress.mjs) and go out as they are.
  const scripts = [...encodings].filter(
    ([path]) => path.startsWith('/r/assets/') && path.endsWith('.js') && (sizes.get(path) ?? 0) >= 1024,
  );
  expect(scripts.length).toBeGreaterThan(0);
  for (const [path, encoding] of scripts)
    expect([path, encoding]).toEqual([path, expect.stringMatching(/^(br|gzip)$/)]);
  await context.close();
});
