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
