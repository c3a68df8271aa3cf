import { coreCatalog } from '@sprout/shared/catalog';
import { anonymizeAnswers, type PersonalFields, personalFieldsOf } from '@sprout/shared/masking';
import { catalogOf } from '../packs/pack-catalog.ts';
import type { RetentionApp, Storage } from '../storage/types.ts';
import { fileIdsIn } from './file-ids.ts';

const DAY_MS = 86_400_000;
const BATCH = 200;

export interface RetentionResult {
  appId: number;
  slug: string;
  action: 'delete' | 'anonymize';
  cutoff: string;
  deleted: number;
  anonymized: number;
  files: number;
}

/**
 * An app's personal (L3/L4) fields over all its versions, each read with the pack versions
 * it pins: a pack field such as 银行账户 (L3) is personal by its manifest, so anonymising
 * never keeps it. The versions retention lists are read with the core catalog as well.
 */
async function personalFieldsOfApp(storage: Storage, app: RetentionApp): Promise<PersonalFields> {
  const versions = await storage.apps.versions(app.appId);
  const pinned = await Promise.all(
    versions.map(async (v) => ({
      definition: v.definition,
      catalog: catalogOf(await storage.packs.pinned(app.appId, v.version)),
    })),
  );
  return personalFieldsOf([...pinned, ...app.versions.map((definition) => ({ definition, catalog: coreCatalog }))]);
}

/** Applies one app's retention: its newest version's `retentionDays` and `retentionAction` decide. */
async function retainApp(storage: Storage, app: RetentionApp, now: Date): Promise<RetentionResult> {
  const settings = app.versions[0]!.settings;
  const action = settings.retentionAction ?? 'delete';
  const cutoff = new Date(now.getTime() - settings.retentionDays * DAY_MS).toISOString();
  const personal = await personalFieldsOfApp(storage, app);
  const result: RetentionResult = {
    appId: app.appId,
    slug: app.slug,
    action,
    cutoff,
    deleted: 0,
    anonymized: 0,
    files: 0,
  };
  for (;;) {
    const batch = await storage.retention.olderThan(app.appId, cutoff, BATCH);
    for (const s of batch) {
      if (action === 'delete') {
        const files = [...fileIdsIn(s.values)];
        if (await storage.retention.remove(app.appId, s.id, files)) {
          result.deleted++;
          result.files += files.length;
        }
        continue;
      }
      const kept = anonymizeAnswers(s.values, personal);
      const keptFiles = fileIdsIn(kept);
      const files = [...fileIdsIn(s.values)].filter((id) => !keptFiles.has(id));
      if (await storage.retention.anonymize(app.appId, s.id, kept, files, now.toISOString())) {
        result.anonymized++;
        result.files += files.length;
      }
    }
    if (batch.length < BATCH) return result;
  }
}

/**
 * The daily retention job: every app's submissions older than its `retentionDays` are
 * deleted or anonymised (its setting), uploads and inline signatures included, and each
 * app that lost data gets an audit entry saying how much, never what.
 * @example await runRetention(storage, clock.now()) // [{ slug: 'health-code', deleted: 12, … }]
 */
export async function runRetention(storage: Storage, now: Date): Promise<RetentionResult[]> {
  const results: RetentionResult[] = [];
  for (const app of await storage.retention.apps()) {
    const result = await retainApp(storage, app, now);
    if (result.deleted + result.anonymized === 0) continue;
    results.push(result);
    const { appId, slug, ...detail } = result;
    await storage.audit.record({
      at: now.toISOString(),
      userId: null,
      orgId: app.orgId,
      action: 'retention.run',
      targetType: 'app',
      targetId: String(appId),
      ip: null,
      detail: { app: slug, ...detail },
    });
  }
  return results;
}
