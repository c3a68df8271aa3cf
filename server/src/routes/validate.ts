import type { Context } from 'hono';
import type { AppDefinition } from '@sprout/shared/definition';
import type { Result } from '@sprout/shared/result';
import { validateDefinition, validateForPublish } from '@sprout/shared/validate-definition';
import type { AppEnv } from '../http/context.ts';
import { invalid } from '../http/problem.ts';

/** Paths are the definition's own (`pages[0].nodes[3]…`), as the editor marks them. */
export function validDefinition(c: Context<AppEnv>, doc: unknown): AppDefinition {
  return orInvalid(validateDefinition(doc, { locale: c.get('locale') }));
}

/** A valid draft that may also be published: every outcome rule can apply (the editor's publish check). */
export function publishableDefinition(c: Context<AppEnv>, doc: unknown): AppDefinition {
  return orInvalid(validateForPublish(doc, { locale: c.get('locale') }));
}

function orInvalid(r: Result<AppDefinition>): AppDefinition {
  if (r.ok) return r.value;
  throw invalid(r.issues.map(({ path, message }) => ({ path, message })));
}
