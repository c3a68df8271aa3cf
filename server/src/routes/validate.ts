import type { Context } from 'hono';
import type { Catalog } from '@sprout/shared/catalog';
import type { AppDefinition } from '@sprout/shared/definition';
import { validateDefinition } from '@sprout/shared/validate-definition';
import type { AppEnv } from '../http/context.ts';
import { invalid } from '../http/problem.ts';

/**
 * Paths are the definition's own (`pages[0].nodes[3]…`), as the editor marks them. The
 * catalog is the org's (core plus approved packs) or a version's pins; core alone by default.
 */
export function validDefinition(c: Context<AppEnv>, doc: unknown, catalog?: Catalog): AppDefinition {
  const r = validateDefinition(doc, { locale: c.get('locale'), catalog });
  if (r.ok) return r.value;
  throw invalid(r.issues.map(({ path, message }) => ({ path, message })));
}
