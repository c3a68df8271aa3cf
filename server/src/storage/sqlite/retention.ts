import type { Database } from 'better-sqlite3';
import type { AppDefinition } from '@sprout/shared/definition';
import type { JobLeaseStore, RetentionStore } from '../types.ts';

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

export function createRetentionStore(db: Database): RetentionStore {
  const apps = db.prepare<[], { id: number; org_id: number; slug: string }>(
    'SELECT id, org_id, slug FROM apps WHERE published_version IS NOT NULL ORDER BY id',
  );
  const versions = db.prepare<[number], { definition: string }>(
    'SELECT definition FROM app_versions WHERE app_id = ? ORDER BY version DESC',
  );
  const older = db.prepare<[number, string, number], { id: number; receipt_code: string; values_json: string }>(
    `SELECT id, receipt_code, values_json FROM submissions
     WHERE app_id = ? AND submitted_at < ? AND anonymized_at IS NULL ORDER BY submitted_at, id LIMIT ?`,
  );
  const unlinkRevocations = db.prepare('UPDATE revocations SET submission_id = NULL WHERE submission_id = ?');
  const deleteEvents = db.prepare('DELETE FROM submission_events WHERE submission_id = ?');
  const deleteRevisions = db.prepare('DELETE FROM submission_revisions WHERE submission_id = ?');
  const deleteRow = db.prepare('DELETE FROM submissions WHERE app_id = ? AND id = ?');
  const blankComments = db.prepare('UPDATE submission_events SET comment = NULL WHERE submission_id = ?');
  const anonymizeRow = db.prepare(
    `UPDATE submissions SET values_json = ?, computed_json = '{}', anonymized_at = ?, ip = NULL, device_id = NULL,
       submitter_user_id = NULL, once_key = NULL, idempotency_key = NULL, body_hash = NULL, review_comment = NULL,
       result_code = NULL WHERE app_id = ? AND id = ?`,
  );
  const deleteFiles = (appId: number, ids: readonly string[]) => {
    if (ids.length > 0)
      db.prepare(`DELETE FROM uploads WHERE app_id = ? AND id IN (${placeholders(ids.length)})`).run(appId, ...ids);
  };

  const remove = db.transaction((appId: number, id: number, fileIds: readonly string[]) => {
    unlinkRevocations.run(id);
    deleteEvents.run(id);
    deleteRevisions.run(id);
    const gone = deleteRow.run(appId, id).changes === 1;
    if (gone) deleteFiles(appId, fileIds);
    return gone;
  });
  const anonymize = db.transaction(
    (appId: number, id: number, values: Record<string, unknown>, fileIds: readonly string[], at: string) => {
      const changed = anonymizeRow.run(JSON.stringify(values), at, appId, id).changes === 1;
      if (!changed) return false;
      blankComments.run(id);
      deleteRevisions.run(id);
      deleteFiles(appId, fileIds);
      return true;
    },
  );

  return {
    apps: async () =>
      apps.all().map((a) => ({
        appId: a.id,
        orgId: a.org_id,
        slug: a.slug,
        versions: versions.all(a.id).map((v) => JSON.parse(v.definition) as AppDefinition),
      })),
    olderThan: async (appId, before, limit) =>
      older.all(appId, before, limit).map((r) => ({
        id: r.id,
        receiptCode: r.receipt_code,
        values: JSON.parse(r.values_json) as Record<string, unknown>,
      })),
    remove: async (appId, id, fileIds) => remove(appId, id, fileIds),
    anonymize: async (appId, id, values, fileIds, at) => anonymize(appId, id, values, fileIds, at),
  };
}

export function createJobLeaseStore(db: Database): JobLeaseStore {
  // The update only happens when the day is not done and the lease is free or expired (or ours).
  const claim = db.prepare<
    [{ job: string; day: string; holder: string; until: string; now: string }],
    { holder: string }
  >(
    `INSERT INTO job_leases (job, last_run_day, holder, lease_until) VALUES (@job, NULL, @holder, @until)
     ON CONFLICT (job) DO UPDATE SET holder = excluded.holder, lease_until = excluded.lease_until
       WHERE (last_run_day IS NULL OR last_run_day < @day)
         AND (holder IS NULL OR lease_until < @now OR holder = excluded.holder)
     RETURNING holder`,
  );
  const finish = db.prepare(
    'UPDATE job_leases SET last_run_day = ?, holder = NULL, lease_until = NULL WHERE job = ? AND holder = ?',
  );
  return {
    claim: async (job, day, holder, until, now) => claim.get({ job, day, holder, until, now })?.holder === holder,
    finish: async (job, day, holder) => void finish.run(day, job, holder),
  };
}
