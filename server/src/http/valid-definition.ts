import type { Context } from 'hono';
import type { Catalog } from '@sprout/shared/catalog';
import type { AppDefinition } from '@sprout/shared/definition';
import type { Result } from '@sprout/shared/result';
import { validateDefinition, validateForPublish } from '@sprout/shared/validate-definition';
import type { AppEnv } from './context.ts';
import { invalid } from './problem.ts';

/**
 * Paths are the definition's own (`pages[0].nodes[3]…`), as the editor marks them. The
 * catalog is the org's (core plus approved packs) or a version's pins; core alone by default.
 */
export function validDefinition(c: Context<AppEnv>, doc: unknown, catalog?: Catalog): AppDefinition {
  return orInvalid(validateDefinition(doc, { locale: c.get('locale'), catalog }));
}

/** A valid draft that may also be published: every outcome rule can apply (the editor's publish check). */
export function publishableDefinition(c: Context<AppEnv>, doc: unknown, catalog?: Catalog): AppDefinition {
  return orInvalid(validateForPublish(doc, { locale: c.get('locale'), catalog }));
}

function orInvalid(r: Result<AppDefinition>): AppDefinition {
  if (r.ok) return r.value;
  throw invalid(r.issues.map(({ path, message }) => ({ path, message })));
}
