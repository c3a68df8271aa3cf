import { useI18n } from '../../i18n/index.tsx';
import { buildOrgTree, flattenOrgTree } from '../org-tree.ts';
import type { ConsoleUser, Org } from '../types.ts';

/** My subtree as an indented list; picking an org narrows the users and becomes the parent of a new one. */
export function OrgTree({
  orgs,
  users,
  selected,
  onSelect,
}: {
  orgs: Org[];
  users: ConsoleUser[];
  selected: number | null;
  onSelect(id: number | null): void;
}) {
  const { t } = useI18n();
  const rows = flattenOrgTree(buildOrgTree(orgs));
  const count = (id: number) => users.filter((u) => u.org.id === id).length;
  return (
    <section className="card" aria-labelledby="org-tree">
      <h2 id="org-tree">{t('orgs.tree')}</h2>
      <p className="muted small">{t('orgs.tree.hint')}</p>
      <ul className="org-tree">
        {rows.map(({ org, depth }) => (
          <li key={org.id} style={{ paddingInlineStart: `${depth * 1.2}rem` }}>
            <button
              type="button"
              className="org-node"
              aria-pressed={selected === org.id}
              onClick={() => onSelect(selected === org.id ? null : org.id)}
            >
              <span className="org-name">
                {org.name}
                {org.disabled && <span className="muted small">（{t('orgs.disabledMark')}）</span>}
              </span>
              <span className="muted small">
                {t(`orgs.level.${org.level}` as never)} · {org.code} · {t('orgs.userCount', { n: count(org.id) })}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
