import type { PackUpgrade } from '@sprout/shared/api';
import { packId, type RuntimePack } from '@sprout/shared/catalog/pack';
import { useEffect, useState } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { useCatalogApi, useCatalogText } from '../../catalog/use-catalog.ts';
import { problemText } from '../../console/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { Dialog, DialogActions } from '../../shell/Dialog.tsx';
import { useSaver } from '../use-saver.ts';
import { upgradeLines } from './upgrade-lines.ts';

interface Props {
  appId: number;
  /** After an upgrade the server holds a new draft: the builder loads it again. */
  onUpgraded(message: string): void;
}

/**
 * The notices above the canvas: a pack the draft uses that was stopped (security block,
 * or no longer compatible), and newer approved versions, each upgrade opening its diff and
 * applying to the draft only on confirm.
 */
export function PackUpgrades({ appId, onUpgraded }: Props) {
  const calls = useCatalogApi();
  const api = useApi();
  const { locale } = useI18n();
  const text = useCatalogText();
  const [items, setItems] = useState<PackUpgrade[]>([]);
  const [stopped, setStopped] = useState<RuntimePack[]>([]);
  const [open, setOpen] = useState<PackUpgrade | null>(null);
  useEffect(() => {
    let live = true;
    // A failed look-up only hides the notice: upgrading is never needed to keep building.
    calls.upgrades(appId).then(
      (r) => live && setItems(r.items),
      () => undefined,
    );
    api.appCatalog(appId).then(
      (packs) => live && setStopped(packs.filter((p) => p.blocked)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [calls, api, appId]);
  const alerts = stopped.map((p) => (
    <p key={p.name} className="builder-notice" role="alert">
      {text('upgrade.blocked', {
        pack: packId(p),
        titles: p.components.map((c) => c.title[locale]).join(locale === 'en' ? ', ' : '、'),
      })}
    </p>
  ));
  if (items.length === 0 && alerts.length === 0) return null;
  return (
    <>
      {alerts}
      {items.length > 0 && (
        <section className="pack-upgrades" aria-labelledby="pack-upgrades-h">
          <h2 id="pack-upgrades-h">{text('upgrade.available')}</h2>
          <ul>
            {items.map((u) => (
              <li key={u.name}>
                <span>{text('upgrade.line', { pack: u.name, from: u.from, to: u.to })}</span>{' '}
                <button type="button" onClick={() => setOpen(u)}>
                  {text('upgrade.review')}
                </button>
              </li>
            ))}
          </ul>
          {open && <UpgradeDialog appId={appId} upgrade={open} onClose={() => setOpen(null)} onUpgraded={onUpgraded} />}
        </section>
      )}
    </>
  );
}

function UpgradeDialog({ appId, upgrade, onClose, onUpgraded }: Props & { upgrade: PackUpgrade; onClose(): void }) {
  const calls = useCatalogApi();
  const text = useCatalogText();
  const { locale } = useI18n();
  const saver = useSaver();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const apply = async () => {
    setBusy(true);
    setError(undefined);
    try {
      // The server upgrades the draft it holds, so what was typed last must be there first.
      await saver.flush();
      await calls.upgrade(appId, upgrade.name, upgrade.to);
      onUpgraded(text('upgrade.done', { pack: upgrade.name, to: upgrade.to }));
    } catch (e) {
      setError(problemText(e));
      setBusy(false);
    }
  };
  return (
    <Dialog title={text('upgrade.title', { pack: upgrade.name })} onClose={onClose}>
      <p>{text('upgrade.line', { pack: upgrade.name, from: upgrade.from, to: upgrade.to })}</p>
      <ul className="block-diff">
        {upgradeLines(upgrade, locale).map((line) => (
          <li key={line.text} className={`change-${line.kind}`}>
            {line.text}
          </li>
        ))}
      </ul>
      <p className="muted small">{text('upgrade.draftOnly', { from: upgrade.from, to: upgrade.to })}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <DialogActions
        cancel={text('upgrade.cancel')}
        confirm={text('upgrade.confirm', { to: upgrade.to })}
        onCancel={onClose}
        onConfirm={apply}
        disabled={busy}
      />
    </Dialog>
  );
}
