import type { Locale } from '@sprout/shared/i18n';
import type { Draft } from '../../drafts/draft-store.ts';
import { ui } from '../../i18n/ui-text.ts';

export function DraftNotice({ draft, locale, onClear }: { draft: Draft; locale: Locale; onClear(): void }) {
  const time = new Date(draft.savedAt).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <div className="sp-app">
      <div className="sp-notice" role="status" data-testid="draft-restored">
        <p>{ui(locale, 'draftRestored', { time })}</p>
        <button type="button" className="sp-link" onClick={onClear}>
          {ui(locale, 'draftClear')}
        </button>
      </div>
    </div>
  );
}

/** "Save drafts on this device": off on a shared phone, and switching it off deletes what is saved. */
export function DraftSwitch({ on, locale, onChange }: { on: boolean; locale: Locale; onChange(on: boolean): void }) {
  return (
    <div className="sp-draft-switch">
      <label>
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby="sp-draft-help"
        />
        <span>{ui(locale, 'draftSaving')}</span>
      </label>
      <p className="sp-help" id="sp-draft-help">
        {ui(locale, 'draftSavingHelp')}
      </p>
    </div>
  );
}
