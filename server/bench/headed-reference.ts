import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { Hono } from 'hono';
import { addToHead, type HeaderLine } from '../src/http/headed-response.ts';
import { API_SECURITY_HEADERS } from '../src/http/security-headers.ts';

const VARY: ReadonlyArray<HeaderLine> = [['Vary', 'Accept-Encoding']];

/**
 * The bench's reference: bare hono answering `GET /health-headed` with the headers every
 * Sprout API answer must carry (the API's security headers, `X-Request-Id`, `Vary`), added
 * as Sprout adds them (`addToHead` on the `HeadedResponse` that `serveApp` serves). Served by
 * `floor-server.ts` and measured in one process by `health-probe.ts`.
 */
export function headedReference() {
  const reference = new Hono<{ Bindings: { outgoing: ServerResponse } }>();
  reference.get('/health-headed', (c) => {
    addToHead(c.env.outgoing, [['X-Request-Id', randomUUID()]]);
    addToHead(c.env.outgoing, VARY);
    addToHead(c.env.outgoing, API_SECURITY_HEADERS);
    return c.json({ status: 'ok' });
  });
  return reference;
}
