import { type MaskPlan, masksAnything } from '@sprout/shared/masking';
import type { Context } from 'hono';
import { audit } from '../http/audit.ts';
import type { AppEnv } from '../http/context.ts';
import type { SubmissionFilter } from '../storage/types.ts';

export interface SensitiveRead {
  app: { id: number; orgId: number; slug: string };
  /** The app's plan: apps without L3/L4 fields leave no read trace. */
  plan: MaskPlan;
  filter?: SubmissionFilter;
  rows: number;
  /** Whether the caller saw the values masked. */
  masked: boolean;
  format?: string;
}

/**
 * Records who read an app's personal data, with the filters and how many rows, never the
 * values (issue 11: every sensitive read leaves a trace).
 */
export async function auditSensitiveRead(c: Context<AppEnv>, action: string, read: SensitiveRead): Promise<void> {
  if (masksAnything(read.plan)) await auditRead(c, action, read);
}

/** The same trace for reads that are always audited (exports), personal fields or not. */
export async function auditRead(c: Context<AppEnv>, action: string, read: SensitiveRead): Promise<void> {
  const { before: _cursor, limit: _limit, ...filter } = read.filter ?? {};
  await audit(
    c,
    action,
    { type: 'app', id: read.app.id, orgId: read.app.orgId },
    {
      app: read.app.slug,
      rows: read.rows,
      masked: read.masked && masksAnything(read.plan),
      ...(Object.keys(filter).length > 0 ? { filter } : {}),
      ...(read.format ? { format: read.format } : {}),
    },
  );
}
