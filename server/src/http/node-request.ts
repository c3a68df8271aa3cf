import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from 'hono';

// @hono/node-server hands hono its IncomingMessage and ServerResponse as `env.incoming`
// and `env.outgoing`; app.fetch called directly (unit tests) has neither.
type NodeBindings = { incoming?: IncomingMessage; outgoing?: ServerResponse } | undefined;

/**
 * A request header read from Node's already parsed headers: `c.req.header()` would build
 * a fetch `Headers` of every header first, which the hot middleware would pay on every
 * request. `name` is lower-case. Falls back to hono's request off Node.
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = (c.env as NodeBindings)?.incoming;
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The Node response under @hono/node-server, whose headers merge into the answer's; undefined off Node. */
export function nodeResponse(c: Context): ServerResponse | undefined {
  return (c.env as NodeBindings)?.outgoing;
}

/**
 * Whether the request said how long its body is (Content-Length, not chunked): Node's
 * parser then delivers exactly that many bytes, so checking the header is the size limit.
 */
export function declaresLength(c: Context): boolean {
  const headers = (c.env as NodeBindings)?.incoming?.headers;
  return headers?.['content-length'] !== undefined && headers['transfer-encoding'] === undefined;
}

/**
 * The body as text, read straight off Node's stream when its length was declared (and
 * so already checked by the size limit without touching the body): hono's `c.req.text()`
 * would build a fetch Request and a web stream around it first. Read once per request.
 */
export function requestText(c: Context): Promise<string> {
  const incoming = (c.env as NodeBindings)?.incoming;
  if (!incoming || !declaresLength(c)) return c.req.text();
  // Events rather than `for await`: the stream's async iterator costs a generator, a
  // `finished` watcher and a promise per chunk, on every submission.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let ended = false;
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.once('end', () => {
      ended = true;
      resolve((chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)).toString('utf8'));
    });
    incoming.once('error', reject);
    // A client gone before the whole body came: settle rather than wait forever.
    incoming.once('close', () => {
      if (!ended) reject(new Error('the request closed before its whole body arrived'));
    });
  });
}
