import type { TaskProgress } from '@sprout/shared/api';
import type { ProgressNode } from '@sprout/shared/tasks';
import { useI18n } from '../i18n/index.tsx';
import { chinaTime } from './format.ts';
import { StateBadge } from './StateBadge.tsx';

/** Who has reported: the summary line, the county → township → village tree, and the table (missing first). */
export function ProgressView({ progress }: { progress: TaskProgress }) {
  const { t } = useI18n();
  const tree = progress.tree;
  return (
    <section aria-labelledby="progress-h">
      <h2 id="progress-h">{t('progress.title')}</h2>
      {tree && <p className="progress-summary">{t('progress.summary', summary(tree))}</p>}
      {tree && (
        <details open>
          <summary>{t('progress.tree')}</summary>
          <ul className="progress-tree">
            <TreeNode node={tree} />
          </ul>
        </details>
      )}
      <div className="table-scroll">
        <table className="table progress-table">
          <thead>
            <tr>
              <th scope="col">{t('progress.org')}</th>
              <th scope="col">{t('progress.parent')}</th>
              <th scope="col">{t('progress.state')}</th>
              <th scope="col">{t('progress.time')}</th>
            </tr>
          </thead>
          <tbody>
            {progress.rows.map((r) => (
              <tr key={r.orgId}>
                <th scope="row">{r.name}</th>
                <td>{r.parentName}</td>
                <td>
                  <StateBadge state={r.state} />
                </td>
                <td>{chinaTime(r.submittedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const summary = (n: ProgressNode) => ({
  reported: n.reported,
  assigned: n.assigned,
  percent: n.percent,
  late: n.late,
  missing: n.missing,
});

function TreeNode({ node }: { node: ProgressNode }) {
  return (
    <li>
      <span className="progress-bar" aria-hidden="true">
        <span style={{ width: `${node.percent}%` }} />
      </span>{' '}
      <strong>{node.name}</strong> {node.state ? <StateBadge state={node.state} /> : null}{' '}
      <span className="muted small">
        {node.reported}/{node.assigned}（{node.percent}%）
      </span>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((c) => (
            <TreeNode key={c.orgId} node={c} />
          ))}
        </ul>
      )}
    </li>
  );
}
