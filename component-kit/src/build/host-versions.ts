import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Issue, Result } from '@sprout/shared';
import { type HostModule, WIDGET_API_VERSION } from '@sprout/shared/widget-api';
import { KIT_VERSION } from '../kit-version.ts';

/** The package each host module comes from. */
const PACKAGE_OF: Record<HostModule, string> = {
  react: 'react',
  'react/jsx-runtime': 'react',
  'react-dom': 'react-dom',
  '@sprout/component-kit/widget': '@sprout/component-kit',
};

/**
 * The versions the widgets were built against, as the manifest's `host` records them: the
 * widget API always, and each package whose host module a widget imports, read from the
 * pack's own node_modules (the kit's own version for the kit).
 */
export function hostVersions(packDir: string, used: readonly HostModule[]): Result<Record<string, string>> {
  const versions: Record<string, string> = { widgetApi: WIDGET_API_VERSION };
  const require = createRequire(join(packDir, 'package.json'));
  const issues: Issue[] = [];
  for (const name of new Set(used.map((m) => PACKAGE_OF[m]))) {
    if (name === '@sprout/component-kit') {
      versions[name] = KIT_VERSION;
      continue;
    }
    try {
      const pkg = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string };
      versions[name] = pkg.version;
    } catch {
      issues.push({
        path: 'host',
        message: `A widget imports ${name}, but it is not installed in ${packDir}: add it as a devDependency at the version your Sprout runs`,
      });
    }
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: versions };
}
