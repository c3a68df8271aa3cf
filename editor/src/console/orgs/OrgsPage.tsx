import { useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../shell/session.tsx';
import { useAsync } from '../../shell/use-async.ts';
import { AsyncView } from '../States.tsx';
import type { ConsoleUser, Org } from '../types.ts';
import { useConsoleApi } from '../use-console-api.ts';
import { AddOrgForm } from './AddOrgForm.tsx';
import { CreateUserDialog } from './CreateUserDialog.tsx';
import { AddCountyForm } from './AddCountyForm.tsx';
import { LoginLocks } from './LoginLocks.tsx';
import { OrgActions } from './OrgActions.tsx';
import { OrgTree } from './OrgTree.tsx';
import { PasswordOnce } from './PasswordOnce.tsx';
import { UsersTable } from './UsersTable.tsx';

/** `/orgs` for admins: the org tree of my subtree, adding child orgs and their users. */
export function OrgsPage() {
  const { t } = useI18n();
  const { user } = useSession();
  if (!user?.roles.includes('admin')) {
    return (
      <main className="page console" id="main">
        <h1>{t('orgs.title')}</h1>
        <p className="empty" role="alert">
          {t('state.adminOnly')}
        </p>
      </main>
    );
  }
  return <OrgsAndUsers />;
}

function OrgsAndUsers() {
  const { t } = useI18n();
  const api = useConsoleApi();
  const [state, retry] = useAsync(async () => {
    const [orgs, users] = await Promise.all([api.orgs(), api.users()]);
    return { orgs: orgs.items, users: users.items };
  }, [api]);
  // After a change, refresh in place so the page (and its "added" message) stays on screen.
  const [fresh, setFresh] = useState<{ orgs: Org[]; users: ConsoleUser[] } | null>(null);
  const refresh = () =>
    Promise.all([api.orgs(), api.users()]).then(
      ([orgs, users]) => setFresh({ orgs: orgs.items, users: users.items }),
      () => retry(),
    );
  const current = fresh && state.status === 'ok' ? { status: 'ok' as const, value: fresh } : state;
  const [selected, setSelected] = useState<number | null>(null);
  const { user } = useSession();
  const selectedOrg = (orgs: Org[]) => orgs.find((o) => o.id === selected);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; password: string } | null>(null);
  return (
    <main className="page console" id="main">
      <div className="page-head">
        <h1>{t('orgs.title')}</h1>
        <button type="button" className="primary" onClick={() => setCreating(true)} disabled={state.status !== 'ok'}>
          ＋ {t('users.add')}
        </button>
      </div>
      <AsyncView state={current} retry={retry}>
        {({ orgs, users }) => (
          <div className="orgs-grid">
            <div className="orgs-side">
              <OrgTree orgs={orgs} users={users} selected={selected} onSelect={setSelected} />
              <AddOrgForm orgs={orgs} parentId={selected} onAdded={refresh} />
              {selectedOrg(orgs) && (
                <OrgActions
                  org={selectedOrg(orgs) as Org}
                  orgs={orgs}
                  ownOrgId={user?.org.id ?? 0}
                  onChanged={() => void refresh()}
                />
              )}
              {user?.systemAdmin && <AddCountyForm onAdded={(name, password) => setCreated({ name, password })} />}
            </div>
            <section className="card" aria-labelledby="users-title">
              <h2 id="users-title">
                {t('users.title')}
                {selected !== null && ` · ${orgs.find((o) => o.id === selected)?.name ?? ''}`}
              </h2>
              <UsersTable users={users.filter((u) => selected === null || u.org.id === selected)} onChanged={refresh} />
            </section>
            {creating && (
              <CreateUserDialog
                orgs={orgs}
                orgId={selected}
                onClose={() => setCreating(false)}
                onCreated={(u, password) => {
                  setCreating(false);
                  setCreated({ name: u.displayName, password });
                  void refresh();
                }}
              />
            )}
          </div>
        )}
      </AsyncView>
      <LoginLocks />
      {created && <PasswordOnce name={created.name} password={created.password} onClose={() => setCreated(null)} />}
    </main>
  );
}
