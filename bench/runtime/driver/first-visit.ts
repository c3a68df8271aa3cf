import type { Browser, CDPSession, Page } from 'playwright-core';
import { median } from './plan.ts';

/** The weak network and cheap phone of issue #16: 150 ms round trips, 1.6 Mbps down, 750 kbps up, CPU ×4. */
export const WEAK_PHONE = { latencyMs: 150, downBitsPerS: 1_600_000, upBitsPerS: 750_000, cpuRate: 4 };

export interface VisitSample {
  /** From navigation start until the form's first input exists, is enabled and its frame has painted. */
  firstInputMs: number;
  /** Bytes on the wire (headers and compressed bodies) the page received until then. */
  bytes: number;
  /** Until the page's scripts have taken the form over (hydrated or rendered it; `#root[data-ready]`). */
  readyMs: number;
}

export interface FirstVisitResult {
  path: string;
  cold: VisitSample[];
  warm: VisitSample[];
}

export const medianOf = (samples: VisitSample[], key: keyof VisitSample) => median(samples.map((s) => s[key]));

async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: WEAK_PHONE.latencyMs,
    downloadThroughput: WEAK_PHONE.downBitsPerS / 8,
    uploadThroughput: WEAK_PHONE.upBitsPerS / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: WEAK_PHONE.cpuRate });
}

/** Sums what each finished response weighed on the wire, from the moment it is called. */
function countBytes(cdp: CDPSession): { total: () => number } {
  let total = 0;
  cdp.on('Network.loadingFinished', (e) => {
    total += e.encodedDataLength;
  });
  return { total: () => total };
}

/** One navigation, timed in the page against its own navigation start. */
async function visit(page: Page, cdp: CDPSession, url: string): Promise<VisitSample> {
  const bytes = countBytes(cdp);
  await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
  const handle = await page.waitForFunction(
    () => {
      const input = document.querySelector<HTMLInputElement>('form input:not([disabled]), form textarea');
      return input ? performance.now() : false;
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  const shownAt = (await handle.jsonValue()) as number;
  // The frame holding it has painted once the next frame starts.
  const firstInputMs = await page.evaluate(
    (t) => new Promise<number>((r) => requestAnimationFrame(() => r(Math.max(t, performance.now())))),
    shownAt,
  );
  const taken = bytes.total();
  const ready = await page.waitForFunction(
    () => (document.querySelector('#root[data-ready]') ? performance.now() : false),
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  return { firstInputMs, bytes: taken, readyMs: (await ready.jsonValue()) as number };
}

/**
 * A resident opening `path` for the first time (fresh browser context, empty caches) and
 * again later in the same context, after the page's offline worker has kept its files.
 */
export async function measureFirstVisit(browser: Browser, origin: string, path: string, loads: number) {
  const result: FirstVisitResult = { path, cold: [], warm: [] };
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await throttle(cdp);
      result.cold.push(await visit(page, cdp, origin + path));
      await page.evaluate(() => navigator.serviceWorker?.ready);
      await page.goto('about:blank');
      result.warm.push(await visit(page, cdp, origin + path));
      const last = (samples: VisitSample[]) => samples.at(-1)!;
      console.log(
        `first visit ${path} #${i + 1}: cold ${last(result.cold).firstInputMs.toFixed(0)} ms ${(last(result.cold).bytes / 1024).toFixed(1)} KB, warm ${last(result.warm).firstInputMs.toFixed(0)} ms ${(last(result.warm).bytes / 1024).toFixed(1)} KB`,
      );
    } finally {
      await context.close();
    }
  }
  return result;
}
