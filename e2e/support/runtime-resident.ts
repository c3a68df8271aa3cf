import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';

// The root's devDependency: browser tests are the only user of axe-core.
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const DEMO_PASSWORD = 'sprout-demo-1';

/** A 1×1 PNG: the smallest photo of a document a resident could upload. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
  'base64',
);

/** A phone-sized browser context (360 × 740), fresh storage, the resident page of one app. */
export async function openApp(
  browser: Browser,
  base: string,
  slug: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const trouble: string[] = [];
  page.on('pageerror', (e) => trouble.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => trouble.push(`failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && trouble.push(`${r.status()}: ${r.url()}`));
  await page.goto(`${base}/a/${slug}`);
  try {
    await page.locator('form').waitFor({ timeout: 20_000 });
  } catch (e) {
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText, not the DOM property
    const shown = await page.locator('body').innerText();
    throw new Error(`no form on /a/${slug}: ${trouble.join('; ') || 'no errors'}; page says: ${shown.slice(0, 300)}`, {
      cause: e,
    });
  }
  return { context, page };
}

/** Signs the browser context in as an official (apps whose submitters must be signed in). */
export async function signIn(context: BrowserContext, base: string, username = 'jingshancun-builder'): Promise<void> {
  const r = await context.request.post(`${base}/api/v1/auth/login`, { data: { username, password: DEMO_PASSWORD } });
  if (!r.ok()) throw new Error(`login failed: ${r.status()}`);
}

/** Picks a division at every level of a region picker, waiting for each level to load. */
export async function pickRegion(page: Page, fieldId: string, code: string): Promise<void> {
  const lengths = [2, 4, 6, 9, 12].filter((n) => n <= code.length);
  for (const [i, n] of lengths.entries()) {
    const select = page.locator(i === 0 ? `#${fieldId}` : `#${fieldId}-${i}`);
    await select.locator(`option[value="${code.slice(0, n)}"]`).waitFor({ state: 'attached' });
    await select.selectOption(code.slice(0, n));
  }
}

/** A resident ID number with a correct check character (GB 11643). */
export function validIdNumber(area: string, birth: string, seq: string): string {
  const body = `${area}${birth}${seq}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, ch, i) => s + Number(ch) * (weights[i] ?? 0), 0);
  return body + '10X98765432'[sum % 11];
}

/** How many submissions an app holds, as the county's official sees it. */
export async function submissionCount(base: string, slug: string): Promise<number> {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'county-admin', password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const apps = (await (await fetch(`${base}/api/v1/apps`, { headers: { cookie } })).json()) as {
    items: Array<{ slug: string; submissionCount: number }>;
  };
  const app = apps.items.find((a) => a.slug === slug);
  if (!app) throw new Error(`no app ${slug}`);
  return app.submissionCount;
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA plus best practices) over the page; answers the violations. */
export async function axeViolations(page: Page): Promise<Array<{ id: string; help: string; targets: string[] }>> {
  // Evaluated over DevTools rather than added as a <script>: the pages' CSP (rightly) refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            o: object,
          ): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** The element that has focus, described by id, class and text. */
export function focused(page: Page): Promise<{ id: string; className: string; text: string; tag: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { id: el?.id ?? '', className: el?.className ?? '', text: el?.textContent ?? '', tag: el?.tagName ?? '' };
  });
}
