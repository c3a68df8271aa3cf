import { createHash } from 'node:crypto';
import { canonicalJson } from '../submissions/canonical-json.ts';
import type { Context } from 'hono';
import { isFileRef } from '@sprout/shared/catalog';
import type { AppDefinition } from '@sprout/shared/definition';
import type { Issue } from '@sprout/shared/result';
import { evaluateOutcome, validateSubmission } from '@sprout/shared/submission';
import { receiptCode } from '../auth/tokens.ts';
import type { AppEnv } from '../http/context.ts';
import { invalid, Problem } from '../http/problem.ts';
import type { InsertResult, NewSubmission, PublishedApp } from '../storage/types.ts';
import { submissionExtras } from './sign-for-submission.ts';

export interface SubmitBody {
  version: number;
  values: Record<string, unknown>;
  deviceId?: string | undefined;
}

const en = (c: Context<AppEnv>) => c.get('locale') === 'en';

/** The definition the submission names: residents who loaded an older version may still send it. */
export async function definitionFor(c: Context<AppEnv>, app: PublishedApp, version: number): Promise<AppDefinition> {
  if (version === app.version) return app.definition;
  const older = await c.get('deps').storage.apps.version(app.appId, version);
  if (!older) throw invalid([{ path: 'version', message: en(c) ? 'No such version of this app' : '该应用没有此版本' }]);
  return older.definition;
}

/** Every file a submission points at must have been uploaded to this app. */
export async function checkFiles(c: Context<AppEnv>, appId: number, value: unknown, path: string, issues: Issue[]) {
  if (isFileRef(value)) {
    if (!(await c.get('deps').storage.uploads.get(appId, value.id))) {
      issues.push({ path, message: en(c) ? 'This file was not uploaded' : '文件未上传成功，请重新上传' });
    }
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) await checkFiles(c, appId, v, `${path}[${i}]`, issues);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) await checkFiles(c, appId, v, path ? `${path}.${k}` : k, issues);
  }
}

/** The key that must be unique per app under the "one submission per …" setting. */
function onceKey(c: Context<AppEnv>, def: AppDefinition, values: Record<string, unknown>, deviceId?: string) {
  const { oncePer, onceField } = def.settings;
  if (oncePer === 'device') {
    if (!deviceId) throw invalid([{ path: 'deviceId', message: en(c) ? 'A device id is required' : '缺少设备标识' }]);
    return `device:${deviceId}`;
  }
  if (oncePer === 'account') {
    const s = c.get('session');
    if (!s) throw new Problem(401, { 'zh-CN': '请先登录后再填报', en: 'Sign in to submit' });
    return `account:${s.user.id}`;
  }
  if (oncePer === 'field' && onceField) {
    const v = values[onceField];
    return v === undefined ? null : `field:${JSON.stringify(v)}`;
  }
  return null;
}

/**
 * Validates a resident's submission against the version it names, computes the
 * outcome on the server and stores the clean values. Resolves after the row is on disk.
 */
export async function submit(
  c: Context<AppEnv>,
  app: PublishedApp,
  body: SubmitBody,
  key: string,
): Promise<InsertResult> {
  const { storage, clock } = c.get('deps');
  const def = await definitionFor(c, app, body.version);
  if (def.settings.submitters === 'signed-in' && !c.get('session')) {
    throw new Problem(401, {
      'zh-CN': '此应用需登录后填报',
      en: 'This app accepts submissions from signed-in users only',
    });
  }
  const now = clock.now();
  const exprClock = { now, utcOffsetMinutes: 480 };
  const r = validateSubmission(def, body.values, { locale: c.get('locale'), clock: exprClock });
  if (!r.ok) throw invalid(r.issues.map(({ path, message }) => ({ path, message })));
  const fileIssues: Issue[] = [];
  await checkFiles(c, app.appId, r.value.values, '', fileIssues);
  if (fileIssues.length) throw invalid(fileIssues);
  const outcome = evaluateOutcome(def, r.value.values, r.value.computed, exprClock);
  const extras = await submissionExtras(c, app, def, body.version, r.value.values, outcome, now);
  const row: NewSubmission = {
    appId: app.appId,
    orgId: app.orgId,
    receiptCode: receiptCode(),
    version: body.version,
    status: def.settings.review.required ? 'pending' : 'received',
    values: r.value.values,
    computed: r.value.computed,
    outcome,
    submittedAt: now.toISOString(),
    idempotencyKey: key,
    bodyHash: bodyHash(body),
    deviceId: body.deviceId ?? null,
    submitterUserId: def.settings.anonymous ? null : (c.get('session')?.user.id ?? null),
    onceKey: onceKey(c, def, r.value.values, body.deviceId),
    ip: def.settings.anonymous ? null : c.get('ip'),
    ...extras,
  };
  return storage.submissions.insert(row);
}

export function bodyHash(body: SubmitBody): string {
  return (
    createHash('sha256')
      // Canonical: a retry whose JSON has its keys in another order is the same body.
      .update(canonicalJson([body.version, body.values, body.deviceId ?? null]))
      .digest('base64url')
  );
}
