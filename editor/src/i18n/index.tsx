import type { Locale } from '@sprout/shared';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { en } from './messages-en.ts';
import { zh } from './messages-zh.ts';
import { zhPublish } from './messages-zh-publish.ts';
import { enConsole } from '../console/messages-en.ts';
import { zhConsole } from '../console/messages-zh.ts';
import { enReview, zhReview } from '../review/messages.ts';
import { enCatalog, zhCatalog } from '../catalog/messages.ts';
import { enComputed, zhComputed } from '../builder/panels/computed-messages.ts';
import { enLogic, zhLogic } from '../builder/logic/logic-messages.ts';
import { enOutcomes, zhOutcomes } from '../builder/outcomes/outcome-messages.ts';
import { enTemplates, zhTemplates } from '../templates/template-messages.ts';
import { enBlocks, zhBlocks } from '../blocks/block-messages.ts';
import { enTasks, zhTasks } from '../tasks/messages.ts';
import { enDeploy, zhDeploy } from '../console/deploy-messages.ts';

const ZH = {
  ...zh,
  ...zhPublish,
  ...zhConsole,
  ...zhReview,
  ...zhCatalog,
  ...zhComputed,
  ...zhDeploy,
  ...zhLogic,
  ...zhOutcomes,
  ...zhTemplates,
  ...zhBlocks,
  ...zhTasks,
};
export type MessageKey = keyof typeof ZH;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Formats a message; `{name}` placeholders take params. English falls back to Chinese. */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const text =
    (locale === 'en'
      ? (en[key] ??
        enConsole[key] ??
        enReview[key as keyof typeof enReview] ??
        enCatalog[key as keyof typeof enCatalog] ??
        enComputed[key as keyof typeof enComputed] ??
        enDeploy[key as keyof typeof enDeploy] ??
        enLogic[key as keyof typeof enLogic] ??
        enOutcomes[key as keyof typeof enOutcomes] ??
        enTemplates[key as keyof typeof enTemplates] ??
        enBlocks[key as keyof typeof enBlocks] ??
        enTasks[key as keyof typeof enTasks])
      : undefined) ?? ZH[key];
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
