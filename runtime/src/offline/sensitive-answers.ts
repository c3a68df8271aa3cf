import type { Catalog } from '@sprout/shared/catalog';
import type { AppDefinition } from '@sprout/shared/definition';
import { personalFields } from '@sprout/shared/masking';

/** Top-level answers holding L3/L4 data (a repeat group counts when any of its columns does): what the outbox seals. */
export function sensitiveAnswerNames(def: AppDefinition, catalog: Catalog): string[] {
  const fields = personalFields([def], catalog);
  const rows = [...fields.rows].filter(([, r]) => r.names.size > 0 || r.rows.size > 0).map(([name]) => name);
  return [...new Set([...fields.names, ...rows])];
}
