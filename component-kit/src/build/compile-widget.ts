import type { Result } from '@sprout/shared';
import { HOST_MODULES, type HostModule } from '@sprout/shared/widget-api';
import { build, type Message } from 'esbuild';
import { hostImportsPlugin } from './host-imports-plugin.ts';

export interface CompiledWidget {
  code: string;
  /** The host modules the widget imports, so the manifest records their versions. */
  hostModules: HostModule[];
}

/**
 * Bundles one widget's source into a single minified ES module for the browser. Its own
 * files are inlined; host modules stay imports of `/r/host/…`; anything else is an issue
 * at `path` naming the import.
 */
export async function compileWidget(entry: string, path: string): Promise<Result<CompiledWidget>> {
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      jsx: 'automatic',
      minify: true,
      legalComments: 'none',
      metafile: true,
      logLevel: 'silent',
      plugins: [hostImportsPlugin()],
    });
    const code = result.outputFiles[0]?.text ?? '';
    const imported = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
    return { ok: true, value: { code, hostModules: hostModulesIn(imported) } };
  } catch (error) {
    const messages: Message[] = (error as { errors?: Message[] }).errors ?? [];
    if (messages.length === 0) return { ok: false, issues: [{ path, message: String(error) }] };
    return { ok: false, issues: messages.map((m) => ({ path, message: describe(m) })) };
  }
}

function hostModulesIn(paths: readonly string[]): HostModule[] {
  return (Object.keys(HOST_MODULES) as HostModule[]).filter((s) =>
    paths.some((p) => p.endsWith(`/${HOST_MODULES[s]}`)),
  );
}

function describe(message: Message): string {
  const where = message.location ? `${message.location.file}:${message.location.line}: ` : '';
  return where + message.text;
}
