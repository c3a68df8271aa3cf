import type { Context } from 'hono';
import type { AppEnv } from './context.ts';

/** Records who did what to which resource, when and from where. Every write and export calls it. */
export async function audit(
  c: Context<AppEnv>,
  action: string,
  target: { type: string; id: string | number; orgId?: number },
  detail?: Record<string, unknown>,
): Promise<void> {
  const { storage, clock } = c.get('deps');
  const session = c.get('session');
  await storage.audit.record({
    at: clock.now().toISOString(),
    userId: session?.user.id ?? null,
    orgId: target.orgId ?? session?.user.orgId ?? null,
    action,
    targetType: target.type,
    targetId: String(target.id),
    ip: c.get('ip'),
    ...(detail ? { detail } : {}),
  });
}
