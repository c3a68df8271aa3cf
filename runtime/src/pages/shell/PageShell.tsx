import type { Locale } from '@sprout/shared/i18n';
import { useEffect } from 'react';
import { ui } from '../../i18n/ui-text.ts';
import type { Prefs } from './prefs.ts';
import './shell.css';

interface PageShellProps {
  prefs: Prefs;
  onPrefs(prefs: Prefs): void;
  children: React.ReactNode;
}

/** The resident pages' frame: the large-text and language toggles, and the page's language and mode. */
export function PageShell({ prefs, onPrefs, children }: PageShellProps) {
  const { locale, largeText } = prefs;
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.classList.toggle('sp-large-page', largeText);
  }, [locale, largeText]);
  const other: Locale = locale === 'en' ? 'zh-CN' : 'en';
  return (
    <div className={largeText ? 'sp-shell sp-large' : 'sp-shell'}>
      <header className="sp-toolbar">
        <span className="sp-brand" aria-hidden="true">
          萌芽
        </span>
        <button
          type="button"
          className="sp-toggle"
          aria-pressed={largeText}
          onClick={() => onPrefs({ ...prefs, largeText: !largeText })}
        >
          {ui(locale, 'largeText')}
        </button>
        <button
          type="button"
          className="sp-toggle"
          lang={other}
          aria-label={`${ui(locale, 'languageLabel')}: ${ui(locale, 'language')}`}
          onClick={() => onPrefs({ ...prefs, locale: other })}
        >
          {ui(locale, 'language')}
        </button>
      </header>
      <main id="main">{children}</main>
    </div>
  );
}
