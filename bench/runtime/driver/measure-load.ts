import type { Browser, CDPSession, Page } from 'playwright-core';
import type { MountTiming } from '../pages/harness.ts';

export interface LoadOptions {
  url: string;
  /** Chromium's CPU throttling rate: 1 is as is, 4 stands for a cheap phone. */
  cpuRate: number;
  keystrokes: number;
  toggles: number;
  /** After this long on one kind of probe in a load, stop at the next sample (at least one is taken). */
  probeBudgetMs: number;
  timeoutMs: number;
}

/** Everything measured in one fresh page load. */
export interface LoadSample extends MountTiming {
  heapBytes: number;
  shownFields: number;
  keystrokeMs: number[];
  revealMs: number[];
  hideMs: number[];
}

const PHONE_VIEWPORT = { width: 360, height: 780 };
const SETTLE_MS = 60;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** JS heap in use after two full collections, as DevTools' Performance panel reads it. */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

async function focus(page: Page, key: string): Promise<void> {
  const focused = await page.evaluate((k) => window.__bench.focusField(k), key);
  if (!focused) throw new Error(`could not focus field ${key}`);
  await page.waitForTimeout(300);
}

async function press(page: Page, key: string, arm: () => Promise<void>, timeoutMs: number): Promise<number> {
  await arm();
  await page.keyboard.press(key);
  const ms = await withTimeout(
    page.evaluate(() => window.__bench.result()),
    timeoutMs,
    `the page's answer to ${key}`,
  );
  await page.waitForTimeout(SETTLE_MS);
  return ms;
}

/** Counts samples up to `count`, stopping early once `budgetMs` is spent (a very slow library gets fewer). */
function withinBudget(count: number, budgetMs: number): () => boolean {
  const start = Date.now();
  let taken = 0;
  return () => taken < count && (taken++ === 0 || Date.now() - start < budgetMs);
}

async function measureKeystrokes(page: Page, options: LoadOptions): Promise<number[]> {
  if (options.keystrokes === 0) return [];
  await focus(page, await page.evaluate(() => window.__bench.probes.keystrokeKey));
  const samples: number[] = [];
  const arm = () => page.evaluate(() => window.__bench.armKeystroke());
  const more = withinBudget(options.keystrokes, options.probeBudgetMs);
  while (more()) samples.push(await press(page, 'a', arm, options.timeoutMs));
  return samples;
}

async function measureToggles(page: Page, options: LoadOptions) {
  const reveal: number[] = [];
  const hide: number[] = [];
  if (options.toggles === 0) return { reveal, hide };
  const { toggleController, toggleDependent } = await page.evaluate(() => window.__bench.probes);
  await focus(page, toggleController);
  const arm = (shown: boolean) => () =>
    page.evaluate(([k, s]) => window.__bench.armVisibility(k, s), [toggleDependent, shown] as const);
  const more = withinBudget(options.toggles, options.probeBudgetMs);
  while (more()) {
    reveal.push(await press(page, 'x', arm(true), options.timeoutMs));
    hide.push(await press(page, 'Backspace', arm(false), options.timeoutMs));
  }
  return { reveal, hide };
}

/** Opens the page in a fresh context (its own renderer, so its own heap), mounts and probes it. */
export async function measureLoad(browser: Browser, options: LoadOptions): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    if (options.cpuRate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuRate });
    await page.goto(options.url, { waitUntil: 'load', timeout: options.timeoutMs });
    const mounted = page.evaluate(() => window.__bench.mounted);
    const timing = await withTimeout(mounted, options.timeoutMs, `mounting ${options.url}`).catch((e: Error) => {
      throw new Error(`${e.message}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
    });
    const shownFields = await page.evaluate(() => window.__bench.shownFieldCount());
    const heapBytes = await heapAfterGc(cdp);
    const keystrokeMs = await measureKeystrokes(page, options);
    const { reveal, hide } = await measureToggles(page, options);
    return { ...timing, heapBytes, shownFields, keystrokeMs, revealMs: reveal, hideMs: hide };
  } finally {
    await context.close();
  }
}
