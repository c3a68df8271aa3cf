import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { startHarnessServer } from './harness-server.ts';

export interface RenderWidgetOptions {
  /** The pack's folder: React is resolved from its node_modules. */
  packDir: string;
  /** The built widget module's code (`buildPack(...).value.widgets[path]`). */
  widget: string;
  label: string;
  help?: string;
  /** An error message, to render the widget as the host shows an invalid field. */
  error?: string;
  value?: unknown;
  props?: Record<string, unknown>;
  locale?: 'zh-CN' | 'en';
  disabled?: boolean;
  required?: boolean;
  /** Default 360 × 740, a small phone. */
  viewport?: { width: number; height: number };
  /** Phones report a coarse pointer; widgets may open keypads for them. */
  touch?: boolean;
  /** Chromium to drive; default `SPROUT_CHROMIUM` or /usr/bin/chromium. */
  executablePath?: string;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

export type WidgetEvent = { kind: 'change'; value: unknown } | { kind: 'blur' };

export interface RenderedWidget {
  /** The Playwright page: drive it by keyboard (`page.keyboard`) as a resident would. */
  page: Page;
  /** What the widget reported, in order: every onChange value and onBlur. */
  events(): Promise<WidgetEvent[]>;
  /** The last value reported by onChange (the initial value before any). */
  value(): Promise<unknown>;
  /** axe-core's WCAG 2.1 A/AA violations on the field. */
  axe(): Promise<AxeViolation[]>;
  close(): Promise<void>;
}

/**
 * Renders a built widget in real Chromium inside a page shaped like Sprout's field, for
 * keyboard and accessibility tests.
 * @example
 * const w = await renderWidget({ packDir, widget: built.widgets['widgets/acme.plateNumber.js'], label: '车牌号' });
 * await w.page.keyboard.press('Tab'); expect(await w.axe()).toEqual([]); await w.close();
 */
export async function renderWidget(options: RenderWidgetOptions): Promise<RenderedWidget> {
  const { url, server } = await startHarnessServer(options.packDir, {
    widget: options.widget,
    label: options.label,
    help: options.help ?? '',
    error: options.error ?? '',
    lang: options.locale ?? 'zh-CN',
  });
  const browser = await launch(options.executablePath);
  try {
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 360, height: 740 },
      hasTouch: options.touch ?? false,
      isMobile: options.touch ?? false,
    });
    const page = await context.newPage();
    const init = {
      value: options.value,
      props: options.props,
      locale: options.locale,
      help: options.help,
      error: options.error,
      disabled: options.disabled,
      required: options.required,
    };
    await page.goto(`${url}#${encodeURIComponent(JSON.stringify(init))}`);
    await page.waitForFunction(() => {
      const g = globalThis as { __widgetReady?: boolean; __widgetError?: string };
      if (g.__widgetError) throw new Error(g.__widgetError);
      return g.__widgetReady === true;
    });
    return handle(page, browser, server, options.value);
  } catch (error) {
    await browser.close();
    server.close();
    throw error;
  }
}

function handle(page: Page, browser: Browser, server: Server, initial: unknown): RenderedWidget {
  const events = () => page.evaluate(() => (globalThis as unknown as { __widgetEvents: WidgetEvent[] }).__widgetEvents);
  return {
    page,
    events,
    value: async () => {
      const changes = (await events()).filter((e) => e.kind === 'change');
      return changes.length ? (changes.at(-1) as { value: unknown }).value : initial;
    },
    axe: async () => {
      await page.addScriptTag({ content: axeSource() });
      return page.evaluate(async () => {
        const axe = (
          globalThis as unknown as { axe: { run(ctx: string, o: object): Promise<{ violations: AxeViolation[] }> } }
        ).axe;
        const result = await axe.run('#harness', {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target })),
        }));
      });
    },
    close: async () => {
      await browser.close();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

function axeSource(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
}

async function launch(executablePath = process.env.SPROUT_CHROMIUM ?? '/usr/bin/chromium'): Promise<Browser> {
  if (!existsSync(executablePath))
    throw new Error(`No Chromium at ${executablePath}: set SPROUT_CHROMIUM or pass executablePath`);
  // Loaded here, not at the top: playwright-core is an optional peer of the published kit,
  // needed only by vendors who render widgets, not by the manifest and sample checks.
  const { chromium } = await import('playwright-core').catch(() => {
    throw new Error('renderWidget needs playwright-core and axe-core: npm install -D playwright-core axe-core');
  });
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}
