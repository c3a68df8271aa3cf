import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { DEMO_BUILDER } from '../../e2e/support/editor-helpers.ts';
import { type RunningServer, startServer } from '../../e2e/support/server.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const editorOut = fileURLToPath(new URL('../.tmp/editor-dist/', import.meta.url));

export interface EditorSession {
  /** Where the built editor is served, with `/api/` passed through to the real server. */
  origin: string;
  close(): Promise<void>;
}

/** Builds the editor with its own Vite config into bench/.tmp (editor/dist is left alone). */
function buildEditor(): void {
  console.log('Building the editor (editor/vite.config.ts)…');
  const vite = `${repo}editor/node_modules/.bin/vite`;
  const result = spawnSync(vite, ['build', '--outDir', editorOut, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: `${repo}editor`,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('building the editor failed (see above)');
}

/** The real server (fresh seeded data) behind the freshly built editor. */
export async function startEditorSession(): Promise<EditorSession> {
  buildEditor();
  console.log('Starting the server…');
  const server: RunningServer = await startServer();
  const front: StaticServer = await serveStatic(editorOut, {
    proxy: { prefix: '/api/', target: server.url },
    fallback: 'index.html',
  });
  return {
    origin: front.origin,
    close: async () => {
      await front.close();
      await server.stop();
    },
  };
}

/** Signs the context in as the demo builder and creates a draft app holding `definition`; answers its id. */
export async function createApp(context: BrowserContext, origin: string, definition: unknown): Promise<string> {
  const login = await context.request.post(`${origin}/api/v1/auth/login`, { data: DEMO_BUILDER });
  if (!login.ok()) throw new Error(`login failed: ${login.status()} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const created = await context.request.post(`${origin}/api/v1/apps`, {
    data: { title: '基准：300 个节点', definition },
    headers: { 'X-CSRF-Token': csrfToken },
  });
  if (!created.ok()) throw new Error(`creating the app failed: ${created.status()} ${await created.text()}`);
  return ((await created.json()) as { id: string }).id;
}
