import type { Catalog } from '@sprout/shared/catalog';
import type { AppDefinition } from '@sprout/shared/definition';
import { statsFields } from '@sprout/shared/stats';
import type { Storage } from '../storage/types.ts';

/**
 * Asks storage to keep counters for every field the 统计 page summarises, so that page
 * reads counters instead of every row. Run on publish (a new field is backfilled once,
 * then counted as rows arrive) and before statistics (apps published before counters
 * existed catch up on their first statistics request).
 */
export async function trackStatsFields(
  storage: Storage,
  appId: number,
  definition: AppDefinition,
  catalog: Catalog,
): Promise<void> {
  await storage.aggregates.trackFields(
    appId,
    statsFields(definition, catalog).map((f) => f.name),
  );
}
