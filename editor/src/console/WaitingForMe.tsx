import { useI18n } from '../i18n/index.tsx';

/**
 * The home page's "waiting for me" slot. The review issue replaces this body with the
 * submissions (and overdue ones) waiting for the signed-in reviewer.
 */
export function WaitingForMe() {
  const { t } = useI18n();
  return <p className="muted">{t('home.waiting.none')}</p>;
}
