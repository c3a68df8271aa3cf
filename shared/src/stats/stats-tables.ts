import type { AppStatsResponse } from '../api/stats.ts';
import { type Locale, localize } from '../i18n/locale.ts';

/** One chart's data as a plain table: what screen readers read, and what XLSX downloads hold. */
export interface StatsTable {
  id: string;
  title: string;
  kind: 'line' | 'pie' | 'bar' | 'summary';
  header: string[];
  rows: Array<Array<string | number | null>>;
}

const WORDS = {
  'zh-CN': {
    overTime: '填报数量变化',
    day: '日期',
    week: '周（周一）',
    count: '份数',
    share: '占比',
    outcome: '结果',
    org: '组织',
    byOrg: '按组织',
    byOutcome: '结果分布',
    choice: '选项',
    sum: '合计',
    mean: '平均',
    min: '最小',
    max: '最大',
    median: '中位数',
    earliest: '最早',
    latest: '最晚',
    withheld: '少于5条不显示',
  },
  en: {
    overTime: 'Submissions over time',
    day: 'Day',
    week: 'Week (Monday)',
    count: 'Count',
    share: 'Share',
    outcome: 'Outcome',
    org: 'Org',
    byOrg: 'By org',
    byOutcome: 'Outcomes',
    choice: 'Choice',
    sum: 'Sum',
    mean: 'Mean',
    min: 'Min',
    max: 'Max',
    median: 'Median',
    earliest: 'Earliest',
    latest: 'Latest',
    withheld: 'fewer than 5, withheld',
  },
};

const share = (n: number, total: number) => (total === 0 ? '0%' : `${Math.round((n / total) * 1000) / 10}%`);
const round = (n: number | null | undefined) => (n === null || n === undefined ? null : Math.round(n * 100) / 100);

/**
 * Every chart of the 统计 page as a table, in the page's order: over time, outcomes, by
 * org, then one per field (choice counts with shares, number summaries, date ranges).
 * @example statsTables(stats, 'zh-CN').find((t) => t.id === 'byOutcome')?.rows // [['绿码', 54, '90%'], …]
 */
export function statsTables(stats: AppStatsResponse, locale: Locale): StatsTable[] {
  const w = WORDS[locale];
  const total = stats.total.count;
  const tables: StatsTable[] = [
    {
      id: 'overTime',
      title: w.overTime,
      kind: 'line',
      header: [stats.overTime.unit === 'week' ? w.week : w.day, w.count],
      rows: stats.overTime.points.map((p) => [p.key, p.count]),
    },
    {
      id: 'byOutcome',
      title: w.byOutcome,
      kind: 'pie',
      header: [w.outcome, w.count, w.share],
      rows: stats.byOutcome.map((o) => [o.label, o.count, share(o.count, total)]),
    },
    {
      id: 'byOrg',
      title: `${w.byOrg} · ${stats.byOrg.parent.name}`,
      kind: 'bar',
      header: [w.org, w.count],
      rows: stats.byOrg.rows.map((r) => [r.name, r.count]),
    },
  ];
  for (const f of stats.fields) {
    const title = localize(f.label, locale) || f.name;
    const id = `field:${f.name}`;
    if (f.kind === 'choice' || f.kind === 'choices') {
      const counts = stats.total.choices[f.name];
      const known = new Set((f.options ?? []).map((o) => o.value));
      const options = [
        ...(f.options ?? []).map((o) => ({ value: o.value, label: localize(o.label, locale) || o.value })),
        ...Object.keys(counts ?? {})
          .filter((v) => !known.has(v))
          .map((v) => ({ value: v, label: v })),
      ];
      const rows = counts
        ? options.map((o) => {
            const n = counts[o.value];
            return [o.label, n === null ? w.withheld : (n ?? 0), n === null ? null : share(n ?? 0, total)];
          })
        : [[w.withheld, null, null]];
      tables.push({ id, title, kind: 'bar', header: [w.choice, w.count, w.share], rows });
    } else if (f.kind === 'number') {
      const s = stats.total.numbers[f.name];
      const row = s ? [s.count, round(s.sum), round(s.mean), s.min, s.max, round(s.median)] : [w.withheld];
      tables.push({
        id,
        title,
        kind: 'summary',
        header: [w.count, w.sum, w.mean, w.min, w.max, w.median],
        rows: [row],
      });
    } else {
      const d = stats.total.dates[f.name];
      tables.push({
        id,
        title,
        kind: 'summary',
        header: [w.earliest, w.latest],
        rows: [d ? [d.min, d.max] : [w.withheld]],
      });
    }
  }
  return tables;
}
