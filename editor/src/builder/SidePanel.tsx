import { useState } from 'react';
import { type MessageKey, useI18n } from '../i18n/index.tsx';
import { useEditor } from '../store/index.ts';
import { Inspector } from './inspector/Inspector.tsx';
import { ChecksPanel } from './panels/ChecksPanel.tsx';
import { JsonPanel } from './panels/JsonPanel.tsx';
import { OutcomesPanel } from './panels/OutcomesPanel.tsx';
import { SettingsPanel } from './panels/SettingsPanel.tsx';
import { useChecks } from './use-checks.ts';

const TABS = ['fields', 'outcomes', 'settings', 'checks', 'json'] as const;
type Tab = (typeof TABS)[number];

/** The right-hand panel: the selected field, or the app's outcomes, settings, checks and JSON. */
export function SidePanel() {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('fields');
  const errorCount = useChecks((c) => c.errors.length);
  const selectedId = useEditor((s) => s.selectedId);
  const [lastSelected, setLastSelected] = useState(selectedId);
  if (selectedId !== lastSelected) {
    setLastSelected(selectedId);
    if (selectedId) setTab('fields');
  }
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
        {tab === 'outcomes' && <OutcomesPanel />}
        {tab === 'settings' && <SettingsPanel />}
        {tab === 'checks' && <ChecksPanel />}
        {tab === 'json' && <JsonPanel />}
      </div>
    </aside>
  );
}
