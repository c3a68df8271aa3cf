import type { OrgView } from '@sprout/shared/api';
import { useEffect, useState } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { useI18n } from '../../i18n/index.tsx';

/**
 * For apps of signed-in submitters: which orgs' officials (with their subtrees) may
 * submit. None ticked: the app's own org and everything below it.
 */
export function SubmitterOrgs({
  value,
  onChange,
}: {
  value: string[] | undefined;
  onChange(codes: string[] | undefined): void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const [orgs, setOrgs] = useState<OrgView[]>([]);
  useEffect(() => {
    let live = true;
    api.request<{ items: OrgView[] }>('GET', '/orgs').then(
      (r) => live && setOrgs(r.items),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);
  const chosen = new Set(value ?? []);
  const toggle = (code: string, on: boolean) => {
    const next = orgs.map((o) => o.code).filter((c) => (c === code ? on : chosen.has(c)));
    onChange(next.length > 0 ? next : undefined);
  };
  return (
    <fieldset className="field">
      <legend>{t('settings.submitterOrgs')}</legend>
      <p className="muted small">{t('settings.submitterOrgs.hint')}</p>
      {orgs.map((o) => (
        <label key={o.id} className="check">
          <input type="checkbox" checked={chosen.has(o.code)} onChange={(e) => toggle(o.code, e.target.checked)} />{' '}
          {o.name}
        </label>
      ))}
    </fieldset>
  );
}
