import type { Database } from 'better-sqlite3';
import { AGGREGATE_BATCH_MIGRATION } from './aggregate-batch.ts';
import { AGGREGATE_CELLS_MIGRATION } from './aggregate-cells-schema.ts';

/**
 * Ordered schema steps; `PRAGMA user_version` records how many ran. Never edit a
 * released step: add the next one. Review and result-code columns exist from the
 * start so the review issue adds behaviour, not a table rewrite.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE divisions (
    code TEXT PRIMARY KEY, parent_code TEXT, name TEXT NOT NULL, level TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX divisions_parent ON divisions (parent_code, code);

  CREATE TABLE orgs (
    id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES orgs (id), name TEXT NOT NULL,
    code TEXT NOT NULL UNIQUE, level TEXT NOT NULL,
    path TEXT NOT NULL, -- '/1/4/9/': a subtree is one prefix match
    created_at TEXT NOT NULL
  );
  CREATE INDEX orgs_path ON orgs (path);

  CREATE TABLE users (
    id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL REFERENCES orgs (id),
    username TEXT NOT NULL UNIQUE COLLATE NOCASE, display_name TEXT NOT NULL, roles TEXT NOT NULL,
    password_hash TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
  );
  CREATE INDEX users_org ON users (org_id);

  CREATE TABLE sessions (
    id TEXT PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL, created_at TEXT NOT NULL, last_seen_at TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX sessions_user ON sessions (user_id);

  CREATE TABLE login_throttle (
    key TEXT PRIMARY KEY, failures INTEGER NOT NULL, locked_until TEXT
  ) WITHOUT ROWID;

  CREATE TABLE apps (
    id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL REFERENCES orgs (id), slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'draft', draft TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1, published_version INTEGER, created_by INTEGER REFERENCES users (id),
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT
  );
  CREATE INDEX apps_org ON apps (org_id);

  CREATE TABLE app_versions (
    app_id INTEGER NOT NULL REFERENCES apps (id), version INTEGER NOT NULL, definition TEXT NOT NULL,
    published_at TEXT NOT NULL, published_by INTEGER REFERENCES users (id),
    PRIMARY KEY (app_id, version)
  ) WITHOUT ROWID;

  CREATE TABLE submissions (
    id INTEGER PRIMARY KEY, app_id INTEGER NOT NULL REFERENCES apps (id), org_id INTEGER NOT NULL,
    version INTEGER NOT NULL, receipt_code TEXT NOT NULL UNIQUE, status TEXT NOT NULL,
    values_json TEXT NOT NULL, computed_json TEXT NOT NULL, outcome_json TEXT, submitted_at TEXT NOT NULL,
    idempotency_key TEXT, body_hash TEXT, device_id TEXT, submitter_user_id INTEGER, once_key TEXT, ip TEXT,
    -- filled by review and result codes (a later issue); a resubmission bumps revision
    revision INTEGER NOT NULL DEFAULT 1, review_due_at TEXT, claimed_by INTEGER, reviewed_at TEXT,
    reviewed_by INTEGER, review_comment TEXT, result_code TEXT, result_code_id TEXT
  );
  CREATE UNIQUE INDEX submissions_idempotency ON submissions (app_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
  CREATE UNIQUE INDEX submissions_once ON submissions (app_id, once_key) WHERE once_key IS NOT NULL;
  CREATE INDEX submissions_app ON submissions (app_id, id);
  CREATE INDEX submissions_app_status ON submissions (app_id, status, id);

  CREATE TABLE submission_events (
    id INTEGER PRIMARY KEY, submission_id INTEGER NOT NULL REFERENCES submissions (id),
    at TEXT NOT NULL, actor_user_id INTEGER REFERENCES users (id), from_status TEXT, to_status TEXT NOT NULL,
    comment TEXT
  );
  CREATE INDEX submission_events_submission ON submission_events (submission_id, id);

  CREATE TABLE uploads (
    id TEXT PRIMARY KEY, app_id INTEGER NOT NULL REFERENCES apps (id), name TEXT NOT NULL,
    size INTEGER NOT NULL, type TEXT NOT NULL, data BLOB NOT NULL, created_at TEXT NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, user_id INTEGER, org_id INTEGER, action TEXT NOT NULL,
    target_type TEXT, target_id TEXT, ip TEXT, detail TEXT
  );
  CREATE INDEX audit_org ON audit_log (org_id, id);
  `,
  // Review queue, resubmissions, revoked result codes and the trust list (issue 6).
  `
  CREATE INDEX submissions_open_due ON submissions (review_due_at) WHERE status IN ('pending', 'claimed');
  CREATE INDEX submissions_status_org ON submissions (status, org_id, submitted_at);

  CREATE TABLE submission_revisions (
    submission_id INTEGER NOT NULL REFERENCES submissions (id), revision INTEGER NOT NULL,
    version INTEGER NOT NULL, values_json TEXT NOT NULL, computed_json TEXT NOT NULL, outcome_json TEXT,
    submitted_at TEXT NOT NULL, PRIMARY KEY (submission_id, revision)
  ) WITHOUT ROWID;

  CREATE TABLE revocations (
    iss TEXT NOT NULL, jti TEXT NOT NULL, submission_id INTEGER REFERENCES submissions (id),
    revoked_at TEXT NOT NULL, revoked_by INTEGER REFERENCES users (id), expires_at TEXT,
    PRIMARY KEY (iss, jti)
  ) WITHOUT ROWID;

  CREATE TABLE trusted_issuers (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, issuer_prefix TEXT NOT NULL, jwks_json TEXT NOT NULL,
    source_url TEXT, added_at TEXT NOT NULL, added_by INTEGER REFERENCES users (id)
  );
  `,
  // Deployment (issue 10): forced password change, system administrators, disabled orgs,
  // login throttling per (account, address) and per address, token buckets of rate limits.
  `
  ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE users ADD COLUMN system_admin INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE orgs ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;
  DROP TABLE login_throttle;

  -- username '' is the address's own row (failures across usernames: password spraying)
  CREATE TABLE login_locks (
    username TEXT NOT NULL COLLATE NOCASE, address TEXT NOT NULL, failures INTEGER NOT NULL,
    locked_until INTEGER, last_failure_at INTEGER NOT NULL,
    PRIMARY KEY (username, address)
  ) WITHOUT ROWID;
  CREATE INDEX login_locks_locked ON login_locks (locked_until) WHERE locked_until IS NOT NULL;

  CREATE TABLE rate_buckets (
    key TEXT PRIMARY KEY, tokens REAL NOT NULL, updated_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  `,
  // Upload quotas and the purge of files never attached to a submission (issue 11).
  // Files stored before this step were sent with submissions of their time: keep them.
  `
  ALTER TABLE uploads ADD COLUMN ip TEXT;
  ALTER TABLE uploads ADD COLUMN attached_at TEXT;
  UPDATE uploads SET attached_at = created_at;
  CREATE INDEX uploads_app_created ON uploads (app_id, created_at);
  CREATE INDEX uploads_ip_created ON uploads (ip, created_at) WHERE ip IS NOT NULL;
  CREATE INDEX uploads_unattached ON uploads (created_at) WHERE attached_at IS NULL;

  CREATE TABLE export_progress (
    id TEXT PRIMARY KEY, app_id INTEGER NOT NULL REFERENCES apps (id), user_id INTEGER NOT NULL,
    total INTEGER NOT NULL, done INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL DEFAULT 'running',
    updated_at TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
  // Templates (issue 13): an org publishes an app for its subtree to copy; uses are counted.
  `
  CREATE TABLE templates (
    id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL REFERENCES orgs (id),
    source_app_id INTEGER REFERENCES apps (id), title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
    definition TEXT NOT NULL, published_by INTEGER REFERENCES users (id), published_at TEXT NOT NULL,
    use_count INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX templates_org ON templates (org_id);
  `,
  // Blocks (issue 13): groups of nodes an org keeps in its library, versioned, shared down the tree.
  `
  CREATE TABLE blocks (
    id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL REFERENCES orgs (id), name TEXT NOT NULL,
    latest_version INTEGER NOT NULL, use_count INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL
  );
  CREATE INDEX blocks_org ON blocks (org_id);
  CREATE TABLE block_versions (
    block_id INTEGER NOT NULL REFERENCES blocks (id), version INTEGER NOT NULL, nodes TEXT NOT NULL,
    created_at TEXT NOT NULL, created_by INTEGER REFERENCES users (id),
    PRIMARY KEY (block_id, version)
  ) WITHOUT ROWID;
  `,
  // Sign-in counts and rate buckets of addresses not seen for a day are deleted as new
  // ones arrive, so a flood of made-up usernames or addresses cannot grow them forever.
  `
  CREATE INDEX login_locks_last_failure ON login_locks (last_failure_at);
  CREATE INDEX rate_buckets_updated ON rate_buckets (updated_at);
  `,
  // Report tasks (issue 14): task submissions carry their task and period, one per org per period.
  `
  ALTER TABLE submissions ADD COLUMN task_id INTEGER;
  ALTER TABLE submissions ADD COLUMN period_key TEXT;
  ALTER TABLE submissions ADD COLUMN corrected_at TEXT;
  CREATE UNIQUE INDEX submissions_task_period ON submissions (task_id, period_key, org_id) WHERE task_id IS NOT NULL;

  CREATE TABLE tasks (
    id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL REFERENCES orgs (id), app_id INTEGER NOT NULL REFERENCES apps (id),
    title TEXT NOT NULL, recurrence TEXT NOT NULL, starts_on TEXT NOT NULL, ends_on TEXT,
    deadline_days INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'open',
    prefill_json TEXT NOT NULL DEFAULT '[]', master_json TEXT NOT NULL DEFAULT '{}',
    created_by INTEGER REFERENCES users (id), created_at TEXT NOT NULL, updated_at TEXT NOT NULL
  );
  CREATE INDEX tasks_org ON tasks (org_id, id);

  CREATE TABLE task_assignees (
    task_id INTEGER NOT NULL REFERENCES tasks (id), org_id INTEGER NOT NULL REFERENCES orgs (id),
    PRIMARY KEY (task_id, org_id)
  ) WITHOUT ROWID;
  CREATE INDEX task_assignees_org ON task_assignees (org_id, task_id);

  -- Org master data (基础数据): every change is a new row, so the history is the table.
  CREATE TABLE master_data (
    id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL REFERENCES orgs (id), key TEXT NOT NULL,
    value_json TEXT NOT NULL, at TEXT NOT NULL, by_user_id INTEGER REFERENCES users (id), source TEXT
  );
  CREATE INDEX master_data_org ON master_data (org_id, key, id);

  -- In-app notices (reminders to fill a task); other senders (SMS, work chat) log beside them.
  CREATE TABLE notices (
    id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL REFERENCES orgs (id), task_id INTEGER REFERENCES tasks (id),
    period_key TEXT, message TEXT NOT NULL, created_at TEXT NOT NULL, created_by INTEGER REFERENCES users (id)
  );
  CREATE INDEX notices_org ON notices (org_id, id);
  `,
  // Component packs (组件中台, issue 12): installs, their files, approvals down the org tree,
  // and the pins of published versions.
  `
  CREATE TABLE packs (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, version TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE,
    manifest_json TEXT NOT NULL, uploaded_by INTEGER REFERENCES users (id), uploader_org_id INTEGER,
    uploaded_at TEXT NOT NULL, trusted INTEGER NOT NULL DEFAULT 1, blocked_at TEXT, block_reason TEXT,
    UNIQUE (name, version)
  );

  CREATE TABLE pack_files (
    sha256 TEXT NOT NULL, path TEXT NOT NULL, content_type TEXT NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY (sha256, path)
  ) WITHOUT ROWID;

  CREATE TABLE pack_approvals (
    pack_id INTEGER NOT NULL REFERENCES packs (id), org_id INTEGER NOT NULL REFERENCES orgs (id),
    approved_at TEXT NOT NULL, approved_by INTEGER REFERENCES users (id), withdrawn_at TEXT,
    PRIMARY KEY (pack_id, org_id)
  ) WITHOUT ROWID;

  CREATE TABLE app_version_packs (
    app_id INTEGER NOT NULL REFERENCES apps (id), version INTEGER NOT NULL,
    pack_id INTEGER NOT NULL REFERENCES packs (id),
    PRIMARY KEY (app_id, version, pack_id)
  ) WITHOUT ROWID;
  CREATE INDEX app_version_packs_pack ON app_version_packs (pack_id);
  `,
  // The pack version a builder chose for an app's draft by an explicit upgrade (issue 12).
  `
  CREATE TABLE app_pack_choices (
    app_id INTEGER NOT NULL REFERENCES apps (id), pack_name TEXT NOT NULL,
    pack_id INTEGER NOT NULL REFERENCES packs (id),
    PRIMARY KEY (app_id, pack_name)
  ) WITHOUT ROWID;
  `,
  // Personal data (issue 11, privacy): the sensitive:read grant, the audit hash chain,
  // the consent version a resident agreed to, and leases of scheduled jobs.
  `
  ALTER TABLE users ADD COLUMN capabilities TEXT NOT NULL DEFAULT '[]';

  ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
  ALTER TABLE audit_log ADD COLUMN hash TEXT;
  CREATE INDEX audit_action ON audit_log (action, id);

  ALTER TABLE submissions ADD COLUMN consent_version TEXT;
  CREATE INDEX submissions_app_submitted ON submissions (app_id, submitted_at);

  CREATE TABLE job_leases (
    job TEXT PRIMARY KEY, last_run_day TEXT, holder TEXT, lease_until TEXT
  ) WITHOUT ROWID;
  `,
  // Retention that anonymises marks the row, so the daily job does not visit it again.
  `
  ALTER TABLE submissions ADD COLUMN anonymized_at TEXT;
  `,
  // Why an installed pack no longer fits this Sprout (component API or host versions),
  // decided once at startup after an upgrade instead of on every read (issue 12).
  `
  ALTER TABLE packs ADD COLUMN incompatible_reason TEXT;
  `,
  // Statistics over a million rows (issue 14): per-app counters kept by triggers.
  AGGREGATE_CELLS_MIGRATION,
  // A group commit counts its batch in one grouped statement instead of a trigger per row (issue 16).
  AGGREGATE_BATCH_MIGRATION,
];

/** Applies the steps the file has not seen yet, each in its own transaction. */
export function migrate(db: Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let step = current; step < MIGRATIONS.length; step++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[step] as string);
      db.pragma(`user_version = ${step + 1}`);
    })();
  }
  return MIGRATIONS.length - current;
}
