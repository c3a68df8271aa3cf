import { useI18n } from '../../i18n/index.tsx';
import { useEditor } from '../../store/index.ts';
import type { Check } from '../checks.ts';
import { useChecks } from '../use-checks.ts';

/** Everything that blocks publishing, then what deserves a look; a click selects the node at fault. */
export function ChecksPanel() {
  const { t } = useI18n();
  const errors = useChecks((c) => c.errors);
  const warnings = useChecks((c) => c.warnings);
  return (
    <div className="checks">
      <h2>{t('checks.title')}</h2>
      {errors.length === 0 && <p className="ok">✓ {t('checks.ok')}</p>}
      {errors.length > 0 && <CheckList title={t('checks.errors', { n: errors.length })} items={errors} kind="error" />}
      {warnings.length > 0 && (
        <CheckList title={t('checks.warnings', { n: warnings.length })} items={warnings} kind="warning" />
      )}
    </div>
  );
}

export function CheckList({ title, items, kind }: { title: string; items: Check[]; kind: 'error' | 'warning' }) {
  const { t } = useI18n();
  const select = useEditor((s) => s.select);
  const showPage = useEditor((s) => s.showPage);
  return (
    <section className={`check-list ${kind}`}>
      <h3>{title}</h3>
      <ul>
        {items.map((c) => (
          <li key={`${c.path}|${c.message}`}>
            <button
              type="button"
              className="link"
              title={t('checks.goto')}
              onClick={() => (c.nodeId ? select(c.nodeId) : c.pageId && showPage(c.pageId))}
            >
              {c.message}
            </button>
            <code className="muted small"> {c.path}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
