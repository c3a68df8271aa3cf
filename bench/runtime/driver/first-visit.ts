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

declare global {
  interface Window {
    __sproutFirstInput?: number;
  }
}

/**
 * Runs in each new document before its own scripts (an init script): from the first frame on,
 * looks once per frame for the form's first enabled input. The first input is usable when the
 * frame holding it has been presented: the first contentful paint when that is the frame (its
 * time is when the browser presented it), else the start of the next frame. Polling from the
 * test side instead (waitForFunction) would be timed by when the test's script gets a turn
 * between the page's long tasks, not by when the resident saw the form. A string, not a
 * function: tsx would wrap the named inner functions in a helper the page lacks.
 */
const WATCH_FIRST_INPUT = `(() => {
  const selector = 'form input:not([disabled]), form textarea';
  const firstPaint = new Promise((resolve) => {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') resolve(entry.startTime);
    }).observe({ type: 'paint', buffered: true });
  });
  const look = (frameStart) => {
    if (!document.querySelector(selector)) return requestAnimationFrame(look);
    const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    firstPaint
      .then((painted) => (painted >= frameStart ? painted : nextFrame()))
      .then((at) => { window.__sproutFirstInput = at; });
  };
  requestAnimationFrame(look);
})()`;

/** One navigation, timed in the page against its own navigation start. */
async function visit(page: Page, url: string): Promise<VisitSample> {
  await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
  const handle = await page.waitForFunction(() => window.__sproutFirstInput ?? false, undefined, {
    polling: 100,
    timeout: 60_000,
  });
  const firstInputMs = (await handle.jsonValue()) as number;
  // What arrived over the network until then: headers and compressed bodies, 0 for what the
  // offline worker or the HTTP cache answered.
  const taken = await page.evaluate(
    (until) =>
      (
        [
          ...performance.getEntriesByType('navigation'),
          ...performance.getEntriesByType('resource'),
        ] as PerformanceResourceTiming[]
      )
        .filter((e) => e.responseEnd <= until)
        .reduce((sum, e) => sum + e.transferSize, 0),
    firstInputMs,
  );
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
      await context.addInitScript({ content: WATCH_FIRST_INPUT });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await throttle(cdp);
      result.cold.push(await visit(page, origin + path));
      await page.evaluate(() => navigator.serviceWorker?.ready);
      await page.goto('about:blank');
      result.warm.push(await visit(page, origin + path));
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
