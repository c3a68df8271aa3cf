import type { AppDefinition } from '@sprout/shared/definition';
import type { JobLeaseStore, RetentionStore } from '../types.ts';
import type { Queryable, Sql } from './db.ts';
import { jsonb } from './scope.ts';

const deleteFiles = async (tx: Queryable, appId: number, ids: readonly string[]) => {
  if (ids.length > 0) await tx`DELETE FROM uploads WHERE app_id = ${appId} AND id IN ${tx(ids as string[])}`;
};

export function createRetentionStore(sql: Sql): RetentionStore {
  return {
    apps: async () => {
      const apps = await sql<{ id: number; org_id: number; slug: string }[]>`
        SELECT id, org_id, slug FROM apps WHERE published_version IS NOT NULL ORDER BY id`;
      const versions = await sql<{ app_id: number; definition: AppDefinition }[]>`
        SELECT app_id, definition FROM app_versions
        WHERE app_id IN (SELECT id FROM apps WHERE published_version IS NOT NULL) ORDER BY app_id, version DESC`;
      return apps.map((a) => ({
        appId: a.id,
        orgId: a.org_id,
        slug: a.slug,
        versions: versions.filter((v) => v.app_id === a.id).map((v) => v.definition),
      }));
    },
    olderThan: async (appId, before, limit) =>
      (
        await sql<{ id: number; receipt_code: string; values_json: Record<string, unknown> }[]>`
          SELECT id, receipt_code, values_json FROM submissions
          WHERE app_id = ${appId} AND submitted_at < ${before} AND anonymized_at IS NULL
          ORDER BY submitted_at, id LIMIT ${limit}`
      ).map((r) => ({ id: r.id, receiptCode: r.receipt_code, values: r.values_json })),
    remove: async (appId, id, fileIds) =>
      sql.begin(async (tx) => {
        await tx`UPDATE revocations SET submission_id = NULL WHERE submission_id = ${id}`;
        await tx`DELETE FROM submission_events WHERE submission_id = ${id}`;
        await tx`DELETE FROM submission_revisions WHERE submission_id = ${id}`;
        // Its receipt code, idempotency key and once-per value are free again, as on SQLite.
        await tx`DELETE FROM submission_keys WHERE submission_id = ${id}`;
        const gone = (await tx`DELETE FROM submissions WHERE app_id = ${appId} AND id = ${id}`).count === 1;
        if (gone) await deleteFiles(tx, appId, fileIds);
        return gone;
      }),
    anonymize: async (appId, id, values, fileIds, at) =>
      sql.begin(async (tx) => {
        const changed =
          (
            await tx`UPDATE submissions SET values_json = ${jsonb(values)}::text::jsonb, computed_json = '{}',
                anonymized_at = ${at}, ip = NULL, device_id = NULL, submitter_user_id = NULL, once_key = NULL,
                idempotency_key = NULL, body_hash = NULL, review_comment = NULL, result_code = NULL
              WHERE app_id = ${appId} AND id = ${id}`
          ).count === 1;
        if (!changed) return false;
        // The keys that could name the sender go with the columns; the receipt code stays.
        await tx`DELETE FROM submission_keys WHERE submission_id = ${id} AND kind IN ('idempotency', 'once')`;
        await tx`UPDATE submission_events SET comment = NULL WHERE submission_id = ${id}`;
        await tx`DELETE FROM submission_revisions WHERE submission_id = ${id}`;
        await deleteFiles(tx, appId, fileIds);
        return true;
      }),
  };
}

export function createJobLeaseStore(sql: Sql): JobLeaseStore {
  return {
    // One UPSERT: the update only happens when the day is not done and the lease is free or
    // expired (or ours), and the row lock makes two nodes' claims take turns.
    claim: async (job, day, holder, until, now) => {
      const [row] = await sql<{ holder: string }[]>`
        INSERT INTO job_leases AS l (job, last_run_day, holder, lease_until) VALUES (${job}, NULL, ${holder}, ${until})
        ON CONFLICT (job) DO UPDATE SET holder = excluded.holder, lease_until = excluded.lease_until
          WHERE (l.last_run_day IS NULL OR l.last_run_day < ${day})
            AND (l.holder IS NULL OR l.lease_until < ${now} OR l.holder = excluded.holder)
        RETURNING holder`;
      return row?.holder === holder;
    },
    finish: async (job, day, holder) => {
      await sql`UPDATE job_leases SET last_run_day = ${day}, holder = NULL, lease_until = NULL
        WHERE job = ${job} AND holder = ${holder}`;
    },
  };
}
