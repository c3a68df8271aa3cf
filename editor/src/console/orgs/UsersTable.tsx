import { useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { ErrorNote } from '../States.tsx';
import type { ConsoleUser } from '../types.ts';
import { useConsoleApi } from '../use-console-api.ts';
import { PasswordOnce } from './PasswordOnce.tsx';

/** Users of the subtree (or of the picked org): disable / enable, reset a password shown once. */
export function UsersTable({ users, onChanged }: { users: ConsoleUser[]; onChanged(): void }) {
  const { t } = useI18n();
  const api = useConsoleApi();
  const [error, setError] = useState<unknown>(null);
  const [shown, setShown] = useState<{ name: string; password: string } | null>(null);
  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  const reset = (u: ConsoleUser) => {
    if (!confirm(t('users.reset.confirm', { name: u.displayName }))) return;
    void act(async () => setShown({ name: u.displayName, password: (await api.resetPassword(u.id)).password }));
  };
  if (users.length === 0) return <p className="empty">{t('users.empty')}</p>;
  return (
    <>
      {Boolean(error) && <ErrorNote error={error} />}
      <div className="table-scroll">
        <table className="table users-table">
          <thead>
            <tr>
              <th>{t('users.col.name')}</th>
              <th>{t('users.col.username')}</th>
              <th>{t('users.col.org')}</th>
              <th>{t('users.col.roles')}</th>
              <th>{t('users.col.sensitive')}</th>
              <th>{t('users.col.state')}</th>
              <th>{t('users.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className={u.disabled ? 'disabled' : undefined}>
                <td>{u.displayName}</td>
                <td className="mono">{u.username}</td>
                <td>{u.org.name}</td>
                <td>{u.roles.map((r) => t(`role.${r}` as never)).join('、')}</td>
                <td>
                  <SensitiveGrant user={u} onToggle={(on) => act(() => api.patchUser(u.id, grant(u, on)))} />
                </td>
                <td>{u.disabled ? t('users.disabled') : t('users.active')}</td>
                <td className="actions">
                  <button
                    type="button"
                    className="link"
                    onClick={() => act(() => api.patchUser(u.id, { disabled: !u.disabled }))}
                  >
                    {u.disabled ? t('users.enable') : t('users.disable')}
                  </button>
                  <button type="button" className="link" onClick={() => reset(u)}>
                    {t('users.reset')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown && <PasswordOnce name={shown.name} password={shown.password} onClose={() => setShown(null)} />}
    </>
  );
}

const SENSITIVE = 'sensitive:read';

/** The user's grants with `sensitive:read` switched on or off. */
const grant = (u: ConsoleUser, on: boolean) => ({
  capabilities: on ? [...new Set([...u.capabilities, SENSITIVE])] : u.capabilities.filter((c) => c !== SENSITIVE),
});

/** "可查看敏感信息": admins hold it by role; others get it granted here (audited as user.update). */
function SensitiveGrant({ user, onToggle }: { user: ConsoleUser; onToggle(on: boolean): void }) {
  const { t } = useI18n();
  if (user.roles.includes('admin')) return <span className="muted small">{t('users.sensitive.byRole')}</span>;
  return (
    <label className="inline-check">
      <input
        type="checkbox"
        checked={user.capabilities.includes(SENSITIVE)}
        aria-label={t('users.sensitive.grant', { name: user.displayName })}
        onChange={(e) => onToggle(e.target.checked)}
      />
      {t('users.sensitive.short')}
    </label>
  );
}
