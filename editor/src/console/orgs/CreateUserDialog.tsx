import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { Dialog, DialogActions } from '../../shell/Dialog.tsx';
import { ErrorNote } from '../States.tsx';
import { type ConsoleUser, type Org, ROLES } from '../types.ts';
import { useConsoleApi } from '../use-console-api.ts';

/** A new official in one org of my subtree; the server generates the first password and answers it once. */
export function CreateUserDialog({
  orgs,
  orgId,
  onCreated,
  onClose,
}: {
  orgs: Org[];
  orgId: number | null;
  onCreated(user: ConsoleUser, password: string): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const api = useConsoleApi();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const r = await api.createUser({
        displayName: String(data.get('displayName')).trim(),
        username: String(data.get('username')).trim(),
        orgId: Number(data.get('orgId')),
        roles: data.getAll('roles').map(String),
      });
      onCreated(r.user, r.password);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('users.add')} onClose={onClose}>
      <form className="form-grid" onSubmit={onSubmit}>
        <label>
          {t('users.form.displayName')}
          <input name="displayName" required maxLength={40} />
        </label>
        <label>
          {t('users.form.username')}
          <input name="username" required pattern="[A-Za-z0-9._\-]{3,32}" autoComplete="off" />
        </label>
        <label>
          {t('users.form.org')}
          <select name="orgId" defaultValue={orgId ?? orgs[orgs.length - 1]?.id}>
            {orgs.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="roles">
          <legend>{t('users.form.roles')}</legend>
          {ROLES.map((r) => (
            <label key={r}>
              <input type="checkbox" name="roles" value={r} defaultChecked={r === 'builder' || r === 'reviewer'} />
              {t(`role.${r}`)}
            </label>
          ))}
        </fieldset>
        {Boolean(error) && <ErrorNote error={error} />}
        <DialogActions confirm={t('users.form.submit')} onCancel={onClose} disabled={busy} />
      </form>
    </Dialog>
  );
}
