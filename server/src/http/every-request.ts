import type { Context, MiddlewareHandler } from 'hono';
import { type ClientOrigin, clientOrigin, type TrustProxy } from './client-origin.ts';
import type { AppEnv, Deps } from './context.ts';
import { pickLocale } from './locale.ts';
import { requestHeader } from './node-request.ts';
import { afterNext, middleware } from './one-layer.ts';
import { startRequestLog } from './request-log.ts';
import { addSecurityHeaders, setSecurityHeaders } from './security-headers.ts';

// node-server hands hono its IncomingMessage as `env.incoming`; app.fetch called directly has none.
function originOf(c: Context<AppEnv>, trustProxy: TrustProxy): ClientOrigin {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  const facts = {
    socketAddress: incoming?.socket?.remoteAddress ?? null,
    scheme: c.req.url.startsWith('https:') ? ('https' as const) : ('http' as const),
    header: (name: string) => requestHeader(c, name.toLowerCase()),
  };
  return clientOrigin(facts, trustProxy);
}

/**
 * What every request gets before its route, in this order: an id and, once answered, a
 * log line (`request-log.ts`); the dependencies, locale, client address and scheme on the
 * context; the security headers on the answer. One middleware rather than a hono layer
 * each: every layer is matched by the router and stepped through on every request, and
 * these never run apart.
 */
export function everyRequest(deps: Deps, trustProxy: TrustProxy): MiddlewareHandler<AppEnv> {
  return middleware<AppEnv>((c, next) => {
    const logAnswer = startRequestLog(c, deps.logger);
    let onNode: boolean;
    try {
      c.set('deps', deps);
      c.set('locale', pickLocale(requestHeader(c, 'accept-language')));
      const origin = originOf(c, trustProxy);
      c.set('ip', origin.ip);
      c.set('scheme', origin.scheme);
      onNode = setSecurityHeaders(c);
    } catch (err) {
      logAnswer();
      throw err;
    }
    // Not async: when no later layer waits on anything, the answer and its log line are
    // written without a promise step (`afterNext`).
    return afterNext(
      next(),
      onNode
        ? logAnswer
        : () => {
            addSecurityHeaders(c);
            logAnswer();
          },
    );
  });
}
