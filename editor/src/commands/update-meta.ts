import type { AppDefinition, AppMeta } from '@sprout/shared';

/** Sets the app's title, description or icon. */
export interface UpdateMeta {
  kind: 'update-meta';
  patch: Partial<AppMeta>;
}

export function updateMeta(def: AppDefinition, cmd: UpdateMeta): AppDefinition {
  const meta: Record<string, unknown> = { ...def.meta, ...cmd.patch };
  for (const [k, v] of Object.entries(cmd.patch)) if (v === undefined || v === '') delete meta[k];
  return { ...def, meta: meta as unknown as AppMeta };
}
