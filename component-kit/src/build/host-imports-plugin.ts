import { HOST_MODULES, hostModulePath, isHostModule } from '@sprout/shared/widget-api';
import type { Plugin } from 'esbuild';

/**
 * Points the host modules (React, the JSX runtime, ReactDOM, the kit's widget helpers) at
 * the host's copies by absolute path, and refuses every other bare import: a widget gets
 * its libraries from the page, so two Reacts never meet and nothing unreviewed slips in.
 */
export function hostImportsPlugin(): Plugin {
  return {
    name: 'sprout-host-imports',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('node:') || isBuiltin(args.path)) return refuse(args.path, args.importer, 'node');
        if (isHostModule(args.path)) return { path: hostModulePath(args.path), external: true };
        return refuse(args.path, args.importer, 'bare');
      });
    },
  };
}

function refuse(path: string, importer: string, why: 'node' | 'bare') {
  const allowed = Object.keys(HOST_MODULES).join(', ');
  const text =
    why === 'node'
      ? `"${path}" is a Node.js module; widgets run in the resident's browser`
      : `"${path}" is not a host module. A widget may import only ${allowed} (the page provides them), and its own files by relative path`;
  return { errors: [{ text: `${text} (imported by ${importer})` }] };
}

const NODE_BUILTINS = new Set(['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util']);
function isBuiltin(path: string): boolean {
  return NODE_BUILTINS.has(path.split('/')[0] ?? '');
}
