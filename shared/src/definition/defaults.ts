import type { AppDefinition, AppSettings } from './types.ts';
import { CURRENT_SCHEMA_VERSION } from './schema-version.ts';

export const DEFAULT_SETTINGS: AppSettings = {
  submitters: 'anyone',
  anonymous: false,
  oncePer: 'none',
  review: { required: false },
  resultCode: { issue: false },
  retentionDays: 365,
};

/** An empty one-page app, the editor's "start from blank". */
export function createBlankDefinition(title = '未命名应用'): AppDefinition {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: { title },
    pages: [{ id: 'page1', title: '第 1 页', nodes: [] }],
    computed: [],
    outcomes: [],
    settings: JSON.parse(JSON.stringify(DEFAULT_SETTINGS)),
  };
}
