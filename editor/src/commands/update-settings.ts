import type { AppDefinition, AppSettings } from '@sprout/shared';

/** Sets some settings; nested `review` and `resultCode` are replaced whole. */
export interface UpdateSettings {
  kind: 'update-settings';
  patch: Partial<AppSettings>;
}

export function updateSettings(def: AppDefinition, cmd: UpdateSettings): AppDefinition {
  const settings: Record<string, unknown> = { ...def.settings, ...cmd.patch };
  for (const [k, v] of Object.entries(cmd.patch)) if (v === undefined || v === '') delete settings[k];
  return { ...def, settings: settings as unknown as AppSettings };
}
