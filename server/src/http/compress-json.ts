import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Context, MiddlewareHandler, Next } from 'hono';
import { acceptedCodings } from './accept-encoding.ts';
import { addToHead, type HeaderLine } from './headed-response.ts';
import { nodeResponse, requestHeader } from './node-request.ts';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
const VARY: ReadonlyArray<HeaderLine> = [['Vary', 'Accept-Encoding']];
/** JSON answers: the API's bodies and problems. */
export const JSON_ANSWERS = /^application\/(?:problem\+)?json\b/i;

/**
 * Compresses answers (JSON unless other `types` are given) of at least `threshold` bytes (brotli, else gzip) for clients
 * that accept it: a published definition or a page of submissions shrinks five- to
 * tenfold on a resident's weak network. hono's `compress` streams without a size
 * threshold (our JSON answers carry no Content-Length), so tiny answers would pay too.
 * Streamed downloads (CSV, XLSX, ZIP) are not JSON and pass untouched.
 */
export function compressJson(options: { threshold?: number; types?: RegExp } = {}): MiddlewareHandler {
  const threshold = options.threshold ?? 1024;
  const types = options.types ?? JSON_ANSWERS;
  return (c, next) => {
    const coding = preferredCoding(requestHeader(c, 'accept-encoding'));
    // On Node the Vary goes onto the Node response: an answer that is not compressed is
    // then sent as the handler built it, with no headers copied (the common tiny answer),
    // and a client that accepts no coding passes straight through, with no step after the route.
    const outgoing = nodeResponse(c);
    if (!outgoing) return compressAfter(c, next, coding, threshold, types);
    addToHead(outgoing, VARY);
    return coding ? compressAfter(c, next, coding, threshold, types) : next();
  };
}

/** Brotli, else gzip, else none (no header: none, without parsing). */
function preferredCoding(header: string | undefined): 'br' | 'gzip' | undefined {
  if (!header) return undefined;
  const accepted = acceptedCodings(header);
  return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : undefined;
}

/**
 * The UTF-8 length of an answer whose body is text still held by @hono/node-server's light
 * Response (what `c.json` makes on Node), found without reading the body: reading it makes
 * that Response build a full fetch Response first, which cost a small API answer ~25 µs.
 * The light Response keeps `[status, body, headers]` under a symbol of its own, described
 * `cache`, until something reads it; undefined for any other answer, which is then read.
 */
function textLength(res: Response): number | undefined {
  for (const symbol of Object.getOwnPropertySymbols(res)) {
    if (symbol.description !== 'cache') continue;
    const held: unknown = (res as unknown as Record<symbol, unknown>)[symbol];
    const body = Array.isArray(held) ? held[1] : undefined;
    return typeof body === 'string' ? Buffer.byteLength(body) : undefined;
  }
  return undefined;
}

/** Runs the route, then compresses its answer if it is of `types` and at least `threshold` bytes. */
async function compressAfter(
  c: Context,
  next: Next,
  coding: 'br' | 'gzip' | undefined,
  threshold: number,
  types: RegExp,
): Promise<void> {
  await next();
  const answer = c.res.headers;
  if (!types.test(answer.get('content-type') ?? '') || answer.has('content-encoding')) return;
  if (!nodeResponse(c)) answer.append('Vary', 'Accept-Encoding');
  if (!coding) return;
  // Most answers are small: known to be, they are sent as they are, never read back.
  const length = textLength(c.res);
  if (length !== undefined && length < threshold) return;
  // A copy taken before the body is touched: @hono/node-server's light Response rebuilds
  // itself from its first headers when its body is read, dropping those middleware
  // added since (the secure headers).
  const headers = new Headers(answer);
  const status = c.res.status;
  const raw = Buffer.from(await c.res.arrayBuffer());
  if (raw.length < threshold) {
    c.res = undefined;
    c.res = new Response(new Uint8Array(raw), { status, headers });
    return;
  }
  const body =
    coding === 'br'
      ? await brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
      : await gzipped(raw, { level: 6 });
  headers.delete('content-length');
  headers.set('Content-Encoding', coding);
  c.res = undefined;
  c.res = new Response(new Uint8Array(body), { status, headers });
}
