import type { NoticeView } from '@sprout/shared/api';
import { useI18n } from '../i18n/index.tsx';
import { chinaTime } from './format.ts';

/** Notices to my org (催报 reminders, security blocks of packs its apps use), newest first. */
export function Notices({ items }: { items: NoticeView[] }) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="notices-h" className="card notices">
      <h2 id="notices-h">{t('notices.title')}</h2>
      <ul>
        {items.slice(0, 5).map((n) => (
          <li key={n.id}>
            <span className="muted small">{chinaTime(n.createdAt)}</span> {n.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
