import { launchBrowser } from '/work/main/e2e/support/browser.ts';
import { serveStatic } from '/work/main/bench/runtime/driver/static-server.ts';
const server = await serveStatic('/work/main/bench/.tmp/runtime-pages/');
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
page.on('console', (m) => console.log('console', m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(`${server.origin}/sprout/index.html?n=${process.argv[2] ?? 50}`);
await page.waitForTimeout(3000);
console.log(await page.evaluate(() => document.body.innerHTML.slice(0, 3000)));
console.log(
  await page.evaluate(() =>
    Promise.race([window.__bench.mounted, new Promise((r) => setTimeout(() => r('timeout'), 5000))]),
  ),
);
await browser.close();
await server.close();
