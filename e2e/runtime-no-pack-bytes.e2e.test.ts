import { readFileSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';

// The built resident page, as the server serves it (`npx -y pnpm@10 run build` first).
const dist = new URL('../runtime/dist/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, dist), 'utf8');

/** The entry's scripts and everything they import statically: what every resident page loads. */
function staticGraph(): Map<string, string> {
  const html = read('resident.html');
  const queue = [...html.matchAll(/(?:src|href)="\/r\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  const graph = new Map<string, string>();
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (graph.has(file)) continue;
    const code = read(file);
    graph.set(file, code);
    for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(`assets/${m[1]}`);
  }
  return graph;
}

// What only the pack code holds: the widget loader's host modules, the sandboxed frame, the boundary's markers.
const PACK_MARKERS = ['/r/widget-frame.html', 'allow-scripts', '@sprout/component-kit/widget', 'data-pack'];

it('a resident page holds no pack code: the widget loader is one lazy chunk, named once', () => {
  const graph = staticGraph();
  expect(graph.size).toBeGreaterThan(0);
  const code = [...graph.values()].join('\n');
  for (const marker of PACK_MARKERS) expect(code, marker).not.toContain(marker);
  // Of the lazy chunks the entry may fetch, the only pack one is page-packs (fetched for apps that pin a pack).
  const lazy = new Set([...code.matchAll(/import\("\.\/([A-Za-z-]+)-[\w-]+\.js"\)/g)].map((m) => m[1]));
  expect([...lazy].filter((name) => /pack|widget|composite/i.test(name as string))).toEqual(['page-packs']);
  const chunk = [...code.matchAll(/import\("\.\/(page-packs-[\w-]+\.js)"\)/g)][0]?.[1];
  const packCode = read(`assets/${chunk}`);
  for (const marker of PACK_MARKERS) expect(packCode, marker).toContain(marker);
});

const browser = useBrowser();

it('an app without packs fetches no pack chunk', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await page.goto(`${inject('baseUrl')}/a/health-code`);
  await page.locator('form').waitFor();
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((s) => /pack|widget/i.test(s))).toEqual([]);
  await context.close();
});
