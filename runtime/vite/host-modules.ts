import { createRequire } from 'node:module';
// A relative path, not `@sprout/shared/widget-api`: Vite bundles its config only from files it
// can reach by path, and Node cannot load the workspace package's TypeScript by name.
import * as widgetApi from '../../shared/src/catalog/pack/widget-api.ts';
import { HOST_MODULES, type HostModule, hostShimSource } from '../../shared/src/catalog/pack/widget-api.ts';
import type { Plugin } from 'vite';

/**
 * One ES module per host module, e.g. `host/react.js`, re-exporting the instance the page
 * put on a global before it imported any widget. Vendor widgets import these by absolute
 * path (the kit's build rewrites `react` to `/r/host/react.js`). They are plain files
 * outside the page's module graph, so a page that uses no pack loads none of them.
 */
export function hostModulesPlugin(): Plugin {
  return {
    name: 'sprout-host-modules',
    apply: 'build',
    generateBundle() {
      for (const specifier of Object.keys(HOST_MODULES) as HostModule[]) {
        this.emitFile({
          type: 'asset',
          fileName: `host/${HOST_MODULES[specifier]}`,
          source: hostShimSource(specifier, exportNames(specifier)),
        });
      }
    },
  };
}

/** The names a host module exports, read from the packages the runtime is built with. */
function exportNames(specifier: HostModule): string[] {
  if (specifier === '@sprout/component-kit/widget') return Object.keys(widgetApi);
  const require = createRequire(import.meta.url);
  return Object.keys(require(specifier) as object);
}
