import { useI18n } from '../i18n/index.tsx';

export function LanguageToggle() {
  const { locale, setLocale, t } = useI18n();
  return (
    <button type="button" className="link" onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>
      {t('lang.toggle')}
    </button>
  );
}
