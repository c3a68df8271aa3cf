import { type MessageKey, useI18n } from '../i18n/index.tsx';
import { type Panel, useEditor } from '../store/index.ts';
import { Inspector } from './inspector/Inspector.tsx';
import { ChecksPanel } from './panels/ChecksPanel.tsx';
import { ComputedPanel } from './panels/ComputedPanel.tsx';
import { JsonPanel } from './panels/JsonPanel.tsx';
import { OutcomesPanel } from './panels/OutcomesPanel.tsx';
import { SettingsPanel } from './panels/SettingsPanel.tsx';
import { useChecks } from './use-checks.ts';

const TABS: Panel[] = ['fields', 'computed', 'outcomes', 'settings', 'checks', 'json'];

/** The right-hand panel: the selected field, or the app's computed values, outcomes, settings, checks and JSON. */
export function SidePanel() {
  const { t } = useI18n();
  const tab = useEditor((s) => s.panel);
  const setTab = useEditor((s) => s.showPanel);
  const errorCount = useChecks((c) => c.errors.length);
  return (
    <aside className="side-panel">
      <div role="tablist" className="side-tabs">
        {TABS.map((id) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
            {t(`builder.tab.${id}` as MessageKey)}
            {id === 'checks' && errorCount > 0 && <span className="count">{errorCount}</span>}
          </button>
        ))}
      </div>
      <div className="side-body" role="tabpanel">
        {tab === 'fields' && <Inspector />}
        {tab === 'computed' && <ComputedPanel />}
        {tab === 'outcomes' && <OutcomesPanel />}
        {tab === 'settings' && <SettingsPanel />}
        {tab === 'checks' && <ChecksPanel />}
        {tab === 'json' && <JsonPanel />}
      </div>
    </aside>
  );
}
