import type { Receipt, ResubmitBody, SubmitBody } from '@sprout/shared/api';
import { submissionFieldPath, VERSION_OUTDATED } from '@sprout/shared/api';
import type { AppDefinition, OutcomeResult } from '@sprout/shared/definition';
import type { Locale } from '@sprout/shared/i18n';
import type { WorkCalendar } from '@sprout/shared/review';
import { evaluateOutcome, expectedConsentVersion, validateSubmission } from '@sprout/shared/submission';
import { receiptCode } from '../auth/tokens.ts';
import { invalid, Problem } from '../http/problem.ts';
import { catalogForVersion } from '../packs/pack-catalog.ts';
import { receiptView } from '../http/views.ts';
import type { ResultCodeService } from '../result-codes/service.ts';
import type { PublishedApp, Storage, Submission } from '../storage/types.ts';
import { bodyHash } from './body-hash.ts';
import { checkFiles } from './check-files.ts';
import { onceKey } from './once-key.ts';
import { mayOfficialSubmit, notASubmitter } from './signed-in-submitter.ts';
import { submissionExtras } from './submission-extras.ts';

/** What accepting a submission needs from the deployment; the HTTP layer, the seed and benches pass the same. */
export interface AcceptDeps {
  storage: Storage;
  resultCodes: ResultCodeService;
  workCalendar: WorkCalendar;
  clock: { now(): Date };
  /** The deployment's offset from UTC, for "today" in formulas (Beijing time: 480). */
  utcOffsetMinutes: number;
}

/** Who is sending, as the HTTP layer found out. */
export interface Submitter {
  locale: Locale;
  /** The signed-in official, if any. */
  userId: number | null;
  ip: string | null;
  /**
   * Root of the issuer URLs in signed result codes (SPROUT_PUBLIC_URL); undefined when
   * none may be used for this request, and then an app that issues codes answers 503.
   */
  publicBaseUrl: string | undefined;
}

export interface Accepted {
  /** 201 for a new submission, 200 for a replay of the same key and body. */
  status: 200 | 201;
  submission: Submission;
  receipt: Receipt;
}

const en = (locale: Locale) => locale === 'en';

/** The definition a submission names: residents who loaded an older version may still send it. */
export async function definitionFor(
  storage: Storage,
  app: PublishedApp,
  version: number,
  locale: Locale,
): Promise<AppDefinition> {
  if (version === app.version) return app.definition;
  const older = await storage.apps.version(app.appId, version);
  if (!older)
    throw invalid([{ path: 'version', message: en(locale) ? 'No such version of this app' : '该应用没有此版本' }]);
  return older.definition;
}

interface Checked {
  values: Record<string, unknown>;
  computed: Record<string, unknown>;
  outcome: OutcomeResult | null;
  /** Files the values point at: attached before the row is stored, so the purge of loose files never takes them. */
  fileIds: string[];
}

/**
 * Validates values against a definition as the resident's page does, with the catalog of
 * the packs that version pins (declarative checks only: no vendor code runs), then checks
 * their files; issues name `values.…`. Task reports use it too.
 */
export async function checkedValues(
  deps: AcceptDeps,
  appId: number,
  target: { def: AppDefinition; version: number },
  values: Record<string, unknown>,
  locale: Locale,
  now: Date,
): Promise<Checked> {
  const { def } = target;
  const exprClock = { now, utcOffsetMinutes: deps.utcOffsetMinutes };
  const catalog = await catalogForVersion(deps.storage.packs, appId, target.version);
  const r = validateSubmission(def, values, { locale, clock: exprClock, catalog });
  if (!r.ok) throw invalid(r.issues.map(({ path, message }) => ({ path: submissionFieldPath(path), message })));
  const files = await checkFiles(deps.storage.uploads, appId, def, r.value.values, locale);
  if (files.issues.length) throw invalid(files.issues);
  const outcome = evaluateOutcome(def, r.value.values, r.value.computed, exprClock);
  return { values: r.value.values, computed: r.value.computed, outcome, fileIds: files.fileIds };
}

/** An app with consent text takes a submission only with the resident's agreement to that version's text. */
function checkConsent(def: AppDefinition, body: SubmitBody, locale: Locale): number | null {
  const expected = expectedConsentVersion(def, body.version);
  if (expected === undefined) return null;
  if (body.consentVersion === expected) return expected;
  const message = en(locale)
    ? 'Read the privacy notice and tick “I have read and agree” before submitting'
    : '请阅读隐私说明并勾选“我已阅读并同意”后再提交';
  throw invalid([{ path: 'consentVersion', message }]);
}

const closed = () =>
  new Problem(410, {
    'zh-CN': '此应用已停止收集，已提交的内容仍然保留',
    en: 'This app no longer accepts submissions; what was sent is kept',
  });

/**
 * A new submission names the version the page showed; only the current one is accepted,
 * because an older one may ask less or differently than the app asks now. The page
 * reloads the definition, keeps the answers that still fit and says what changed.
 */
const outdated = (currentVersion: number) =>
  new Problem(
    409,
    {
      'zh-CN': `此应用已更新为第 ${currentVersion} 版，请按新版本检查后重新提交`,
      en: `This app was updated to version ${currentVersion}; check your answers against it and send again`,
    },
    undefined,
    undefined,
    { code: VERSION_OUTDATED, currentVersion },
  );

const keyReused = () =>
  new Problem(409, {
    'zh-CN': '此 Idempotency-Key 已用于另一份内容',
    en: 'This Idempotency-Key was already used with a different body',
  });

function onceTaken(def: AppDefinition, locale: Locale): Problem {
  const field = def.settings.oncePer === 'field' ? def.settings.onceField : undefined;
  const message = en(locale) ? 'This has already been submitted once' : '您已经提交过，不能重复提交';
  const errors = field ? [{ path: submissionFieldPath(field), message }] : undefined;
  return new Problem(
    409,
    { 'zh-CN': '您已经提交过，不能重复提交', en: 'This has already been submitted once' },
    errors,
  );
}

/**
 * What a first submission and a correction share: the values checked against their version
 * (files included, which are attached to the app), then the review deadline and result code.
 */
async function checkAndComplete(
  deps: AcceptDeps,
  input: {
    app: PublishedApp;
    def: AppDefinition;
    version: number;
    values: Record<string, unknown>;
    submitter: Submitter;
    now: Date;
  },
) {
  const { app, def, version, submitter, now } = input;
  const { values, computed, outcome, fileIds } = await checkedValues(
    deps,
    app.appId,
    { def, version },
    input.values,
    submitter.locale,
    now,
  );
  if (fileIds.length > 0) await deps.storage.uploads.attach(app.appId, fileIds, now.toISOString());
  // Named fields rather than spreads of `deps` and the checked values: this runs on every
  // submission, and each spread builds its object key by key.
  const { extras, resultCodeExpiresAt } = await submissionExtras({
    storage: deps.storage,
    resultCodes: deps.resultCodes,
    workCalendar: deps.workCalendar,
    values,
    outcome,
    publicBaseUrl: submitter.publicBaseUrl,
    app,
    def,
    version,
    now,
  });
  return { checked: { values, computed, outcome }, extras, resultCodeExpiresAt };
}

/**
 * Accepts a resident's submission: a replay of the same Idempotency-Key answers the
 * first receipt; otherwise the values are validated against the version they name,
 * files checked, the outcome computed on the server, review deadline and result code
 * added, and the row stored. Resolves after the row is on disk; throws a Problem for
 * anything the sender must change.
 */
export async function acceptSubmission(
  deps: AcceptDeps,
  input: { app: PublishedApp; body: SubmitBody; idempotencyKey: string; submitter: Submitter },
): Promise<Accepted> {
  const { storage } = deps;
  const { app, body, submitter } = input;
  const hash = bodyHash(body);
  const answer = (status: 200 | 201, submission: Submission, sentHash: string | null, expiresAt?: string): Accepted => {
    if (status === 200 && sentHash !== hash) throw keyReused();
    return { status, submission, receipt: receiptView(submission, app.title, submitter.locale, expiresAt) };
  };
  // A retry of a request that already went through answers its receipt, even after closing.
  const seen = await storage.submissions.byIdempotencyKey(app.appId, input.idempotencyKey);
  if (seen) return answer(200, seen.submission, seen.bodyHash);
  if (app.status === 'closed' || app.status === 'archived') throw closed();
  if (body.version < app.version) throw outdated(app.version);
  const def = await definitionFor(storage, app, body.version, submitter.locale);
  if (def.settings.submitters === 'signed-in' && submitter.userId === null) {
    throw new Problem(401, {
      'zh-CN': '此应用需登录后填报',
      en: 'This app accepts submissions from signed-in users only',
    });
  }
  if (def.settings.submitters === 'signed-in' && !(await mayOfficialSubmit(storage, app, def, submitter.userId!))) {
    throw notASubmitter(submitter.locale);
  }
  const consentVersion = checkConsent(def, body, submitter.locale);
  const now = deps.clock.now();
  const { checked, extras, resultCodeExpiresAt } = await checkAndComplete(deps, {
    app,
    def,
    version: body.version,
    values: body.values,
    submitter,
    now,
  });
  const result = await storage.submissions.insert({
    appId: app.appId,
    orgId: app.orgId,
    receiptCode: receiptCode(),
    version: body.version,
    status: def.settings.review.required ? 'pending' : 'received',
    values: checked.values,
    computed: checked.computed,
    outcome: checked.outcome,
    submittedAt: now.toISOString(),
    idempotencyKey: input.idempotencyKey,
    bodyHash: hash,
    deviceId: body.deviceId ?? null,
    submitterUserId: def.settings.anonymous ? null : submitter.userId,
    onceKey: onceKey(def, checked.values, { ...submitter, deviceId: body.deviceId }),
    ip: def.settings.anonymous ? null : submitter.ip,
    consentVersion,
    ...extras,
  });
  if (result.kind === 'once-taken') throw onceTaken(def, submitter.locale);
  if (result.kind === 'existing') return answer(200, result.submission, result.bodyHash);
  return answer(201, result.submission, hash, resultCodeExpiresAt);
}

const notOwnVersion = (version: number, locale: Locale) =>
  invalid([
    {
      path: 'version',
      message: en(locale)
        ? `Correct it against version ${version}, the one it was sent on`
        : `请按原提交的第 ${version} 版修改`,
    },
  ]);

const notReturned = () =>
  new Problem(409, {
    'zh-CN': '只有被退回的填报可以修改后重新提交',
    en: 'Only a submission returned for correction can be resubmitted',
  });

/**
 * Accepts a resident's correction of a returned submission: same receipt, a new
 * revision, validated like a first submission against the version it names.
 */
export async function acceptResubmission(
  deps: AcceptDeps,
  input: { submission: Submission; app: PublishedApp; body: ResubmitBody; submitter: Submitter },
): Promise<Submission & { appTitle: string }> {
  const { storage } = deps;
  const { submission, app, body, submitter } = input;
  if (submission.status !== 'returned') throw notReturned();
  if (app.status === 'closed' || app.status === 'archived') throw closed();
  // A returned submission is corrected against the version it was made on, not a newer one.
  if (body.version !== submission.version) throw notOwnVersion(submission.version, submitter.locale);
  const def = await definitionFor(storage, app, body.version, submitter.locale);
  const now = deps.clock.now();
  const { checked, extras } = await checkAndComplete(deps, {
    app,
    def,
    version: body.version,
    values: body.values,
    submitter,
    now,
  });
  const done = await storage.review.resubmit({
    submissionId: submission.id,
    version: body.version,
    ...checked,
    at: now.toISOString(),
    ...extras,
  });
  if (!done) throw notReturned();
  const after = await storage.submissions.byReceipt(submission.receiptCode);
  if (!after) throw new Error(`submission ${submission.receiptCode} vanished while being resubmitted`);
  return after;
}
