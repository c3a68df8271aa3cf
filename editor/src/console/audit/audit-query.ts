/** The audit page's filters, as the official picked them (empty string = any). */
export interface AuditFilters {
  userId: string;
  orgId: string;
  action: string;
  from: string;
  to: string;
}

export const NO_AUDIT_FILTERS: AuditFilters = { userId: '', orgId: '', action: '', from: '', to: '' };

/** Actions officials filter by; each also matches its sub-actions (`submission` → `submission.unmask`). */
export const AUDIT_ACTIONS = [
  'submission.unmask',
  'submission.view',
  'submission.delete',
  'submissions.list',
  'submissions.export',
  'review',
  'retention.run',
  'file.download',
  'user',
  'app',
  'auth',
] as const;

/**
 * The query string of `/audit` and `/audit/export.csv` for these filters, with the
 * cursor of the next page when given.
 * @example auditQuery({ ...NO_AUDIT_FILTERS, action: 'submission.unmask' }) // 'action=submission.unmask'
 */
export function auditQuery(filters: AuditFilters, cursor?: string | null): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  if (cursor) params.set('cursor', cursor);
  return params.toString();
}

/**
 * The filter entry that names an action best: itself, else its nearest parent
 * (`review.queue` → `review`), so the table can show a Chinese label beside the code.
 */
export function actionGroup(action: string): (typeof AUDIT_ACTIONS)[number] | undefined {
  const known = AUDIT_ACTIONS as readonly string[];
  for (let a = action; a; a = a.includes('.') ? a.slice(0, a.lastIndexOf('.')) : '') {
    if (known.includes(a)) return a as (typeof AUDIT_ACTIONS)[number];
  }
  return undefined;
}
