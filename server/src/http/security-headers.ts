import type { Context } from 'hono';
import { addToHead } from './headed-response.ts';
import { nodeResponse } from './node-request.ts';

// No inline or third-party script anywhere: an injected script could read drafts and
// the outbox from localStorage (see docs/drafts-and-offline.md).
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * The headers every page, script and file answer carries (hono's secureHeaders defaults,
 * with our CSP and no COEP), built once: what a browser needs to render a document safely.
 */
export const PAGE_SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

/**
 * The headers every `/api/` answer carries: what the OWASP REST Security Cheat Sheet asks
 * of an API's answers. They are data, never a document to render, so the document-only
 * headers (opener policy, agent cluster, referrer, DNS prefetch…) do nothing there and
 * each header line costs both ends of the socket on every request. The CSP forbids
 * everything, so a file an API answers can never run or be framed, and nothing is stored
 * by caches unless a route says otherwise (the JWKS, the divisions set their own).
 */
export const API_SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Cache-Control', 'no-store'],
  ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
];

/** The set an answer at `path` carries: the API's for `/api/…`, the full page set for the rest. */
export const securityHeadersFor = (path: string): ReadonlyArray<readonly [string, string]> =>
  path.startsWith('/api/') ? API_SECURITY_HEADERS : PAGE_SECURITY_HEADERS;

/**
 * Adds the security headers of its path to every answer (called by `everyRequest`); a route that sets
 * one of them itself (the JWKS's cross-origin CORP) keeps its own. On @hono/node-server
 * they go onto the Node response before the route runs, which writes them with the
 * answer's own headers (`headed-response.ts`): no per-request `Headers` object is built or
 * copied. Answers whether they were; if not (called through `app.fetch` alone, unit
 * tests), call `addSecurityHeaders` on the finished answer.
 */
export function setSecurityHeaders(c: Context): boolean {
  const outgoing = nodeResponse(c);
  if (!outgoing) return false;
  addToHead(outgoing, securityHeadersFor(c.req.path));
  return true;
}

/** Off Node: the headers added to the finished answer. */
export function addSecurityHeaders(c: Context): void {
  // A fresh Response: node-server's light Response may answer a copy of its headers,
  // on which a set would be lost. Only this path (no Node response) pays for it.
  const res = new Response(c.res.body, c.res);
  for (const [name, value] of securityHeadersFor(c.req.path)) if (!res.headers.has(name)) res.headers.set(name, value);
  c.res = res;
}
