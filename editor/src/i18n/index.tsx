import type { Locale } from '@sprout/shared';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { EN, type MessageKey, ZH } from './messages.ts';

export type { MessageKey } from './messages.ts';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Formats a message; `{name}` placeholders take params. */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = locale === 'en' ? EN[key] : ZH[key];
  return text.replace(/\{(\w+)\}/g, (_, p: string) => String(params[p] ?? ''));
}

interface I18n {
  locale: Locale;
  t: Translate;
  setLocale(locale: Locale): void;
}

const I18nContext = createContext<I18n | null>(null);
const STORAGE_KEY = 'sprout.locale';

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setState] = useState<Locale>(() => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN'));
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setState(next);
  }, []);
  const t = useCallback<Translate>((key, params) => translate(locale, key, params), [locale]);
  const value = useMemo(() => ({ locale, t, setLocale }), [locale, t, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an <I18nProvider> above it');
  return value;
}
