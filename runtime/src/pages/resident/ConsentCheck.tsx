import type { LocalizedText } from '@sprout/shared/i18n';
import { type Locale, localize } from '@sprout/shared/i18n';
import type { Ref } from 'react';
import { ui } from '../../i18n/ui-text.ts';

export interface ConsentCheckProps {
  text: LocalizedText;
  locale: Locale;
  agreed: boolean;
  /** Shown when the resident tried to submit without agreeing. */
  missing: boolean;
  onChange(agreed: boolean): void;
  inputRef?: Ref<HTMLInputElement>;
}

/** The privacy notice and the explicit "我已阅读并同意" a resident ticks before an app with consent text takes the form. */
export function ConsentCheck({ text, locale, agreed, missing, onChange, inputRef }: ConsentCheckProps) {
  return (
    <aside className="sp-consent" aria-label={ui(locale, 'consent')}>
      <p id="sp-consent-text">{localize(text, locale)}</p>
      <label className="sp-consent-agree">
        <input
          ref={inputRef}
          id="sp-consent-agree"
          type="checkbox"
          checked={agreed}
          required
          aria-invalid={missing || undefined}
          aria-describedby={missing ? 'sp-consent-text sp-consent-missing' : 'sp-consent-text'}
          onChange={(e) => onChange(e.target.checked)}
        />
        <span>{ui(locale, 'consentAgree')}</span>
      </label>
      {missing && (
        <p className="sp-error" id="sp-consent-missing" role="alert">
          {ui(locale, 'consentMissing')}
        </p>
      )}
    </aside>
  );
}
