import type { Browser, Page } from 'playwright-core';
import { installEditorProbes } from './probes.ts';

export interface EditorLoadOptions {
  origin: string;
  definition: { pages: Array<{ nodes: Array<{ id: string; props?: Record<string, unknown> }> }> };
  /** Node ids clicked to open the inspector, in order. */
  inspectNodes: string[];
  drags: number;
  timeoutMs: number;
  createApp(page: Page): Promise<string>;
}

export interface EditorLoadSample {
  /** From navigation start until every node is on the canvas. */
  canvasReadyMs: number;
  inspectorMs: number[];
  /** Every frame time recorded while dragging, all drags of the load together. */
  dragFrameMs: number[];
}

const DESKTOP = { width: 1366, height: 768 };

function labelOf(options: EditorLoadOptions, id: string): string {
  const node = options.definition.pages[0]?.nodes.find((n) => n.id === id);
  const label = node?.props?.label;
  if (typeof label !== 'string') throw new Error(`node ${id} has no plain-text label to look for`);
  return label;
}

async function nodeBox(page: Page, id: string) {
  const node = page.locator(`[data-node-id="${id}"]`);
  await node.scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  const box = await node.boundingBox();
  if (!box) throw new Error(`canvas node ${id} is not visible`);
  return box;
}

async function openInspector(page: Page, options: EditorLoadOptions, id: string): Promise<number> {
  const box = await nodeBox(page, id);
  await page.evaluate((label) => window.__editorBench.armInspector(label), labelOf(options, id));
  await page.mouse.click(box.x + 24, box.y + Math.min(14, box.height / 2));
  const ms = await page.evaluate(() => window.__editorBench.inspectorResult());
  await page.waitForTimeout(150);
  return ms;
}

/** Picks a node up near the top, drags it down to the bottom edge, and lets the canvas auto-scroll a while. */
async function dragAcross(page: Page, id: string): Promise<number[]> {
  const box = await nodeBox(page, id);
  const x = box.x + 24;
  const y = box.y + Math.min(14, box.height / 2);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 12, y + 12, { steps: 4 }); // dnd-kit activates after a few pixels
  const dragging = await page.evaluate(() => document.querySelector('.canvas-node.dragging') !== null);
  if (!dragging) throw new Error(`dragging canvas node ${id} did not start (no .canvas-node.dragging)`);
  await page.evaluate(() => window.__editorBench.startFrames());
  await page.mouse.move(x + 40, DESKTOP.height - 12, { steps: 60 });
  for (let i = 0; i < 40; i++) await page.mouse.move(x + 40 + (i % 2) * 3, DESKTOP.height - 12 - (i % 3));
  const frames = await page.evaluate(() => window.__editorBench.stopFrames());
  await page.mouse.up();
  await page.waitForTimeout(800);
  return frames;
}

/** One fresh editor load of the app: canvas ready, inspector opens, drags. */
export async function measureEditorLoad(browser: Browser, options: EditorLoadOptions): Promise<EditorLoadSample> {
  const context = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(options.timeoutMs);
    // tsx compiles with esbuild's keepNames, whose `__name` helper does not exist in the page.
    await page.addInitScript({ content: `var __name = (target) => target;\n(${installEditorProbes.toString()})();` });
    const appId = await options.createApp(page);
    const total = options.definition.pages[0]?.nodes.length ?? 0;
    await page.goto(`${options.origin}/apps/${appId}/edit`);
    await page.waitForFunction((n) => document.querySelectorAll('.canvas-node').length >= n, total, {
      timeout: options.timeoutMs,
      polling: 'raf',
    });
    const canvasReadyMs = await page.evaluate(() => performance.now());
    const inspectorMs: number[] = [];
    for (const id of options.inspectNodes) inspectorMs.push(await openInspector(page, options, id));
    const dragFrameMs: number[] = [];
    for (let i = 0; i < options.drags; i++) {
      const id = await page.evaluate(() => {
        const nodes = document.querySelectorAll('.canvas-node');
        nodes[0]?.scrollIntoView({ block: 'start' });
        return nodes[2]?.getAttribute('data-node-id') ?? '';
      });
      dragFrameMs.push(...(await dragAcross(page, id)));
    }
    return { canvasReadyMs, inspectorMs, dragFrameMs };
  } finally {
    await context.close();
  }
}
