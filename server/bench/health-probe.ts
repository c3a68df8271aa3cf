import { mkdtempSync, rmSync } from 'node:fs';
import { IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Duplex } from 'node:stream';
import { getRequestListener } from '@hono/node-server';
import { createApp } from '../src/app.ts';
import { HeadedResponse } from '../src/http/headed-response.ts';
import { createLogger } from '../src/logging/logger.ts';
import { createSqliteStorage } from '../src/storage/sqlite/index.ts';
import { headedReference } from './headed-reference.ts';

// `GET /api/v1/health` in one process with no sockets: Node's request and response objects
// over a socket that drops what it is given, so what is measured is the JavaScript of an
// answer (hono, Sprout's layers, the log line, Node's head and body writing) without the
// kernel and the load generator that make over-the-socket numbers swing with the machine's
// load. Sprout and the reference (bare hono with the headers Sprout must send, as
// `floor-server.ts` serves it) take turns. Bundled and run by plain node (`health-built.ts`);
// the access log goes to stdout, so run it with stdout to a file; results go to stderr.
const REQUESTS = Number(process.argv[2] ?? 50_000);
const TURNS = Number(process.argv[3] ?? 5);
/** `sprout`: Sprout's turns alone, for a profile of its answers only. */
const ONLY_SPROUT = process.argv[4] === 'sprout';

/** A socket that accepts every write at once and forgets it. */
class NullSocket extends Duplex {
  remoteAddress = '127.0.0.1';
  constructor() {
    // As a net.Socket: strings are written as they come, not copied into Buffers first.
    super({ decodeStrings: false });
  }
  override _read(): void {}
  override _write(_chunk: unknown, _encoding: string, done: () => void): void {
    done();
  }
  override _writev(_chunks: unknown[], done: () => void): void {
    done();
  }
}

type Listener = (incoming: IncomingMessage, outgoing: ServerResponse) => unknown;

/** One a connection: a socket carries one answer at a time. */
const SOCKETS = Array.from({ length: 50 }, () => new NullSocket());

/** One request on `socket` through `listen`, resolved when its answer is written. */
function ask(socket: NullSocket, listen: Listener, path: string): Promise<void> {
  const incoming = new IncomingMessage(socket as never);
  incoming.method = 'GET';
  incoming.url = path;
  incoming.headers = { host: '127.0.0.1:8787', connection: 'keep-alive' };
  incoming.push(null);
  const outgoing = new HeadedResponse(incoming);
  outgoing.assignSocket(socket as never);
  return new Promise((resolve) => {
    outgoing.once('finish', () => {
      outgoing.detachSocket(socket as never);
      resolve();
    });
    listen(incoming, outgoing);
  });
}

/** CPU µs per request over `REQUESTS` requests, 50 in flight as the bench's connections keep them. */
async function measure(listen: Listener, path: string): Promise<number> {
  const before = process.cpuUsage();
  await Promise.all(
    SOCKETS.map(async (socket) => {
      for (let i = 0; i < REQUESTS / SOCKETS.length; i++) await ask(socket, listen, path);
    }),
  );
  const used = process.cpuUsage(before);
  return (used.user + used.system) / REQUESTS;
}

const dir = mkdtempSync(join(tmpdir(), 'sprout-health-'));
const storage = createSqliteStorage({ file: join(dir, 'sprout.db'), divisions: 'fixture' });
const sprout = getRequestListener(createApp({ storage, logger: createLogger() }).fetch) as unknown as Listener;

const headed = getRequestListener(headedReference().fetch) as unknown as Listener;

await measure(sprout, '/api/v1/health');
if (!ONLY_SPROUT) await measure(headed, '/health-headed');
const rounds: Array<{ sprout: number; reference: number }> = [];
for (let i = 0; i < TURNS; i++) {
  const ours = await measure(sprout, '/api/v1/health');
  rounds.push({ sprout: ours, reference: ONLY_SPROUT ? 0 : await measure(headed, '/health-headed') });
}
const fixed = (n: number) => Math.round(n * 100) / 100;
process.stderr.write(
  `${JSON.stringify(rounds.map((r) => ({ sprout: fixed(r.sprout), reference: fixed(r.reference) })))}\n`,
);
await storage.close();
rmSync(dir, { recursive: true, force: true });
