import type { PackView } from '@sprout/shared/api';
import { useState } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { ComponentPreview } from './ComponentPreview.tsx';
import { useCatalogText } from './use-catalog.ts';

export interface PackActions {
  approve(): void;
  withdraw(): void;
  block(reason: string): void;
  trust(trusted: boolean): void;
}

/** One installed pack version: vendor, state, capabilities, components, approvals, uses, and the admin's buttons. */
export function PackCard({ pack, admin, actions }: { pack: PackView; admin: boolean; actions: PackActions }) {
  const t = useCatalogText();
  const { locale } = useI18n();
  const approvedHere = pack.approvals.some((a) => a.withdrawnAt === null);
  return (
    <article className="card pack-card" aria-labelledby={`pack-${pack.id}`}>
      <header className="pack-head">
        <h2 id={`pack-${pack.id}`}>
          <code>
            {pack.name}@{pack.version}
          </code>
        </h2>
        <span className={`badge pack-state-${pack.state}`}>{t(`catalog.state.${pack.state}`)}</span>
        {!pack.trusted && <span className="badge">{t('catalog.untrusted')}</span>}
      </header>
      {pack.description && <p>{pack.description[locale]}</p>}
      <p className="muted small">
        {t('catalog.vendor')}：{pack.vendor.name} · {t('catalog.capabilities')}：
        {pack.capabilities.map((c) => t(`catalog.cap.${c}`)).join('、')}
      </p>
      {pack.blockReason && <p className="error-note">{t('catalog.blockedBecause', { reason: pack.blockReason })}</p>}
      <h3>{t('catalog.components')}</h3>
      <ul className="pack-components">
        {pack.components.map((c) => (
          <ComponentRow key={c.type} pack={pack} component={c} />
        ))}
      </ul>
      <h3>{t('catalog.approvals')}</h3>
      <p>
        {pack.approvals.length === 0
          ? t('catalog.noApprovals')
          : pack.approvals
              .map((a) => (a.withdrawnAt ? `${a.orgName}（${t('catalog.state.withdrawn')}）` : a.orgName))
              .join('、')}
      </p>
      <h3>{t('catalog.usedBy')}</h3>
      <p>
        {pack.usedBy.length === 0
          ? t('catalog.unused')
          : pack.usedBy.map((u) => `${u.title}（v${u.version}）`).join('、')}
      </p>
      {admin && <AdminButtons pack={pack} approvedHere={approvedHere} actions={actions} />}
    </article>
  );
}

function ComponentRow({ pack, component }: { pack: PackView; component: PackView['components'][number] }) {
  const t = useCatalogText();
  const { locale } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <li>
      <strong>
        {component.icon ? `${component.icon} ` : ''}
        {component.title[locale]}
      </strong>{' '}
      <code>{component.type}</code> · {t(`catalog.kind.${component.kind}`)} ·{' '}
      {t('catalog.level', { level: component.defaultLevel })}
      {component.exportColumns.length > 0 && (
        <> · {t('catalog.columns', { columns: component.exportColumns.map((col) => col.label[locale]).join('、') })}</>
      )}{' '}
      <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('catalog.hidePreview') : t('catalog.preview')}
      </button>
      {open && <ComponentPreview runtime={pack.runtime} type={component.type} />}
    </li>
  );
}

function AdminButtons({
  pack,
  approvedHere,
  actions,
}: {
  pack: PackView;
  approvedHere: boolean;
  actions: PackActions;
}) {
  const t = useCatalogText();
  const [reason, setReason] = useState('');
  const blocked = pack.state === 'blocked';
  return (
    <div className="pack-actions">
      {!approvedHere && !blocked && pack.state !== 'incompatible' && (
        <button type="button" className="primary" onClick={actions.approve}>
          {t('catalog.approve')}
        </button>
      )}
      {approvedHere && (
        <button type="button" onClick={actions.withdraw}>
          {t('catalog.withdraw')}
        </button>
      )}
      <button type="button" onClick={() => actions.trust(!pack.trusted)}>
        {pack.trusted ? t('catalog.markUntrusted') : t('catalog.markTrusted')}
      </button>
      {!blocked && (
        <form
          className="pack-block"
          onSubmit={(e) => {
            e.preventDefault();
            actions.block(reason);
          }}
        >
          <label>
            {t('catalog.blockReason')}
            <input value={reason} onChange={(e) => setReason(e.target.value)} required minLength={2} maxLength={500} />
          </label>
          <button type="submit" className="danger">
            {t('catalog.block')}
          </button>
        </form>
      )}
    </div>
  );
}
