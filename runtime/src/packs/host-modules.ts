import * as widgetApi from '@sprout/shared/widget-api';
import { HOST_MODULES_GLOBAL, type HostModule } from '@sprout/shared/widget-api';
// Default imports (CommonJS `module.exports`), not `import * as`: a namespace import would make
// the bundler add an interop helper to the React chunk every page loads.
import React from 'react';
import ReactDOM from 'react-dom';
import jsxRuntime from 'react/jsx-runtime';

/*
 * The host shims in `/r/host/*.js` (see `runtime/vite/host-modules.ts`) read a global.
 * Shims rather than an import map: an import map is an inline script, which the pages' CSP
 * refuses, and a hash for it would have to change with every build. Handing over the
 * page's own instances means one React per page, so hooks in a widget work.
 */

type HostModules = Record<HostModule, unknown>;

/** Puts the page's React, JSX runtime, ReactDOM and widget helpers where the shims look. Idempotent. */
export function installHostModules(): void {
  const g = globalThis as typeof globalThis & { [HOST_MODULES_GLOBAL]?: HostModules };
  g[HOST_MODULES_GLOBAL] ??= Object.freeze({
    react: React,
    'react/jsx-runtime': jsxRuntime,
    'react-dom': ReactDOM,
    '@sprout/component-kit/widget': widgetApi,
  });
}
