import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { Issue } from '@sprout/shared';
import { buildPack } from '../build/build-pack.ts';
import { installPack } from '../install/install-pack.ts';
import { validatePack } from '../validate/validate-pack.ts';

const USAGE = `sprout-pack — build, check and install Sprout component packs (萌芽组件包)

  sprout-pack build [dir]                  compile widgets, write dist/<name>-<version>.tgz
  sprout-pack validate [dir | file.tgz]    check the manifest as the server will
  sprout-pack install <file.tgz> --server URL (--user NAME | --token TOKEN)
                                           upload to the server; the password comes from
                                           SPROUT_PASSWORD, a session token may come from SPROUT_TOKEN

Options: --out DIR (build), --locale zh-CN|en (messages), --help`;

/** Runs one command; answers the process exit code. Output goes to the given writers. */
export async function runCli(argv: readonly string[], io = { out: console.log, err: console.error }): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      server: { type: 'string' },
      user: { type: 'string' },
      token: { type: 'string' },
      out: { type: 'string' },
      locale: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const [command, target] = positionals;
  if (values.help || !command) {
    io.out(USAGE);
    return command || values.help ? 0 : 2;
  }
  const locale = values.locale === 'en' ? 'en' : 'zh-CN';
  switch (command) {
    case 'build': {
      const built = await buildPack({ dir: target ?? '.', outDir: values.out });
      if (!built.ok) return report(io, built.issues);
      io.out(
        `built ${relative(process.cwd(), built.value.file)} (${built.value.manifest.name}@${built.value.manifest.version})`,
      );
      return 0;
    }
    case 'validate': {
      const checked = await validatePack(target ?? '.', locale);
      if (!checked.ok) return report(io, checked.issues);
      io.out(`ok: ${checked.value.name}@${checked.value.version}, ${checked.value.components.length} component(s)`);
      return 0;
    }
    case 'install':
      return install(target, { ...values, locale }, io);
    default:
      io.err(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

async function install(
  file: string | undefined,
  values: { server?: string; user?: string; token?: string; locale: 'zh-CN' | 'en' },
  io: { out: (s: string) => void; err: (s: string) => void },
): Promise<number> {
  const password = process.env.SPROUT_PASSWORD;
  const token = values.token ?? process.env.SPROUT_TOKEN;
  const credentials = token ? { token } : values.user && password ? { user: values.user, password } : undefined;
  if (!file || !values.server || !credentials) {
    io.err('install needs <file.tgz>, --server URL, and --user NAME with SPROUT_PASSWORD, or --token / SPROUT_TOKEN');
    return 2;
  }
  const result = await installPack({ server: values.server, file, locale: values.locale, ...credentials });
  if (result.ok) {
    io.out(`installed (${result.status}); an admin now approves it (上架) in 组件中台`);
    return 0;
  }
  io.err(`${result.status} ${result.problem.title ?? ''} ${result.problem.detail ?? ''}`.trim());
  return report(io, result.problem.errors ?? []);
}

function report(io: { err: (s: string) => void }, issues: readonly Issue[]): number {
  for (const issue of issues) io.err(`  ${issue.path || '(pack)'}: ${issue.message}`);
  return 1;
}
