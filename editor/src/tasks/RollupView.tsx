import type { TaskRollup } from '@sprout/shared/api';
import type { AggregateGroup, StatsField } from '@sprout/shared/stats';
import { useI18n } from '../i18n/index.tsx';
import { chinaTime, labelOf } from './format.ts';

interface Column {
  key: string;
  header: string;
  cell(g: AggregateGroup): string | number;
}

function columnsOf(fields: StatsField[], locale: 'zh-CN' | 'en', withheld: string): Column[] {
  const out: Column[] = [];
  for (const f of fields) {
    const label = labelOf(f.label, locale, f.name);
    if (f.kind === 'number') {
      out.push({
        key: f.name,
        header: label,
        cell: (g) => g.numbers[f.name]?.sum ?? (g.suppressed?.includes(f.name) ? withheld : ''),
      });
      continue;
    }
    for (const o of f.options ?? []) {
      out.push({
        key: `${f.name}:${o.value}`,
        header: `${label}：${labelOf(o.label, locale, o.value)}`,
        cell: (g) => {
          const n = g.choices[f.name]?.[o.value];
          return n === null || g.suppressed?.includes(f.name) ? withheld : (n ?? 0);
        },
      });
    }
  }
  return out;
}

/** The rollup at one level: a row per child org (drill into it), the total, and the way back up. */
export function RollupView({ rollup, onDrill }: { rollup: TaskRollup; onDrill(orgId: number): void }) {
  const { t, locale } = useI18n();
  const cols = columnsOf(rollup.fields, locale, '—');
  const up = rollup.path.length > 1 ? rollup.path[rollup.path.length - 2] : undefined;
  return (
    <section aria-labelledby="rollup-h">
      <h2 id="rollup-h">
        {t('rollup.title')} · {rollup.parent.name}
      </h2>
      <p className="muted small">
        {t('rollup.extracted', { time: chinaTime(rollup.extractedAt) })} · {t('rollup.withheld')}
      </p>
      {up && (
        <button type="button" className="link" onClick={() => onDrill(up.orgId)}>
          ← {t('rollup.up', { name: up.name })}
        </button>
      )}
      <div className="table-scroll">
        <table className="table rollup-table">
          <thead>
            <tr>
              <th scope="col">{t('progress.org')}</th>
              <th scope="col">{t('rollup.count')}</th>
              {cols.map((c) => (
                <th key={c.key} scope="col">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rollup.rows.map((r) => (
              <tr key={r.orgId}>
                <th scope="row">
                  {r.hasChildren ? (
                    <button
                      type="button"
                      className="link"
                      onClick={() => onDrill(r.orgId)}
                      aria-label={t('rollup.drill', { name: r.name })}
                    >
                      {r.name} ›
                    </button>
                  ) : (
                    r.name
                  )}
                </th>
                <td>{r.group.count}</td>
                {cols.map((c) => (
                  <td key={c.key}>{c.cell(r.group)}</td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('rollup.total')}</th>
              <td>{rollup.total.count}</td>
              {cols.map((c) => (
                <td key={c.key}>{c.cell(rollup.total)}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
