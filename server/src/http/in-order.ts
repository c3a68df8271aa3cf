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
    const keep = (answer: unknown) => {
      if (answer instanceof Response) c.res = answer;
    };
    // Not an async function: a layer that answers synchronously (most pass straight on to
    // the next) then costs no promise and no microtask of its own.
    const step = (i: number): Promise<void> | void => {
      const layer = layers[i];
      if (!layer) return next();
      let passedOn: Promise<void> | undefined;
      const answer = layer(c, () => {
        passedOn = step(i + 1) ?? Promise.resolve();
        return passedOn;
      });
      // A layer that handed back what the next one answered has nothing of its own to keep.
      if (answer === passedOn) return passedOn;
      return answer instanceof Promise ? answer.then(keep) : keep(answer);
    };
    return step(0) ?? Promise.resolve();
  };
}
