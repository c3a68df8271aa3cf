import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import * as widgetApi from '@sprout/shared/widget-api';
import { HOST_MODULE_BASE, HOST_MODULES, type HostModule, hostShimSource } from '@sprout/shared/widget-api';
import { build } from 'esbuild';

export interface HarnessFiles {
  /** The built widget module (what `sprout-pack build` put in the archive). */
  widget: string;
  /** The page's own words around the widget, as the host draws them. */
  label: string;
  help: string;
  error: string;
  lang: string;
}

/**
 * A loopback HTTP server with a page shaped like Sprout's field: the host's label, help and
 * error around the widget, React and the kit served as `/r/host/*.js` shims exactly as on
 * a real server, and the widget at `/widget.js`. React comes from the pack's own
 * node_modules, so the widget meets the version it was built against.
 */
export async function startHarnessServer(
  packDir: string,
  files: HarnessFiles,
): Promise<{ url: string; server: Server }> {
  const harness = await bundleHarness(packDir);
  const shims = hostShims(packDir);
  const routes: Record<string, [string, string]> = {
    '/': ['text/html; charset=utf-8', page(files)],
    '/harness.js': ['text/javascript', harness],
    '/widget.js': ['text/javascript', files.widget],
    ...Object.fromEntries(
      Object.entries(shims).map(([path, source]) => [path, ['text/javascript', source] as [string, string]]),
    ),
  };
  const server = createServer((req, res) => {
    const route = routes[(req.url ?? '/').split('?')[0] ?? '/'];
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': route[0], 'cache-control': 'no-store' }).end(route[1]);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

function hostShims(packDir: string): Record<string, string> {
  const require = createRequire(join(resolve(packDir), 'package.json'));
  const out: Record<string, string> = {};
  for (const specifier of Object.keys(HOST_MODULES) as HostModule[]) {
    const names =
      specifier === '@sprout/component-kit/widget' ? Object.keys(widgetApi) : Object.keys(require(specifier) as object);
    out[HOST_MODULE_BASE + HOST_MODULES[specifier]] = hostShimSource(specifier, names);
  }
  return out;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function page(files: HarnessFiles): string {
  return `<!doctype html><html lang="${escapeHtml(files.lang)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Widget test</title></head>
<body><main><form id="harness" onsubmit="return false">
<div class="sp-field"><label class="sp-label" id="w-label" for="w-input">${escapeHtml(files.label)}</label>
${files.help ? `<p class="sp-help" id="w-help">${escapeHtml(files.help)}</p>` : ''}
${files.error ? `<p class="sp-error" id="w-error">${escapeHtml(files.error)}</p>` : ''}
<div id="root"></div></div><button type="submit" id="after">next</button></form></main>
<script type="module" src="/harness.js"></script></body></html>`;
}

/** The page script: installs the host modules, imports the widget, renders it with the props in the URL's hash. */
async function bundleHarness(packDir: string): Promise<string> {
  const result = await build({
    stdin: { contents: HARNESS_SOURCE, resolveDir: resolve(packDir), loader: 'tsx' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    external: ['/widget.js'],
  });
  return result.outputFiles[0]?.text ?? '';
}

const HARNESS_SOURCE = `
import React from 'react';
import ReactDOM from 'react-dom';
import * as jsxRuntime from 'react/jsx-runtime';
import { createRoot } from 'react-dom/client';
import * as kitWidget from '@sprout/component-kit/widget';
globalThis.__sproutHostModules = { react: React, 'react/jsx-runtime': jsxRuntime, 'react-dom': ReactDOM,
  '@sprout/component-kit/widget': kitWidget };
const init = JSON.parse(decodeURIComponent(location.hash.slice(1) || '{}'));
const events = (globalThis.__widgetEvents = []);
function Host({ Widget }) {
  const [value, setValue] = React.useState(init.value);
  return React.createElement(Widget, {
    value, props: init.props ?? {}, locale: init.locale ?? 'zh-CN', disabled: !!init.disabled,
    invalid: !!init.error, required: !!init.required,
    ids: { input: 'w-input', label: 'w-label',
      describedBy: [init.help ? 'w-help' : '', init.error ? 'w-error' : ''].filter(Boolean).join(' ') || undefined,
      error: init.error ? 'w-error' : undefined },
    onChange: (v) => { events.push({ kind: 'change', value: v }); setValue(v); },
    onBlur: () => events.push({ kind: 'blur' }),
  });
}
import('/widget.js').then((m) => {
  createRoot(document.getElementById('root')).render(React.createElement(Host, { Widget: m.default }));
  globalThis.__widgetReady = true;
}, (e) => { globalThis.__widgetError = String(e); });
`;
