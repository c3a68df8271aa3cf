import type { Env, MiddlewareHandler } from 'hono';

/**
 * Several middleware run one after the other as a single hono layer. Each layer hono
 * holds is matched by its router and stepped through by its dispatcher on every request;
 * middleware that always run together (on every API request, say) cost less as one.
 * An error thrown by one of them reaches hono's error handler as it would from its own
 * layer; what they do after `next()` runs in reverse order, as with separate layers.
 */
export function inOrder<E extends Env>(...layers: ReadonlyArray<MiddlewareHandler<E>>): MiddlewareHandler<E> {
  return (c, next) => {
    const step = async (i: number): Promise<void> => {
      const layer = layers[i];
      if (!layer) return next();
      const answer = await layer(c, () => step(i + 1));
      if (answer instanceof Response) c.res = answer;
    };
    return step(0);
  };
}
