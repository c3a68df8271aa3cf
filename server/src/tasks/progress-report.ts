import type { TaskProgress } from '@sprout/shared/api';
import { chinaTimeLabel, deadlineLabel, type FillState } from '@sprout/shared/tasks';
import type { PaperReport } from './paper-report.ts';

export const STATE_LABELS: Record<FillState, string> = {
  submitted: '已报',
  late: '逾期已报',
  missing: '未报',
  open: '待填报',
};

const chinaTime = (iso: string | null) => (iso ? chinaTimeLabel(iso) : '');

/** The progress table as a sheet: one row per assigned org, then the completion line. */
export function progressReport(title: string, progress: TaskProgress): PaperReport {
  const t = progress.tree;
  return {
    title: `${title} 填报进度`,
    lines: [
      `填报周期：${progress.period.start} 至 ${progress.period.end}（截止 ${deadlineLabel(progress.period.deadline)}）`,
      `数据提取时间：${chinaTime(progress.extractedAt)}`,
    ],
    header: ['单位', '上级', '状态', '提交时间', '更正时间'],
    rows: [
      ...progress.rows.map((r) => ({
        kind: 'org' as const,
        cells: [r.name, r.parentName ?? '', STATE_LABELS[r.state], chinaTime(r.submittedAt), chinaTime(r.correctedAt)],
      })),
      {
        kind: 'total' as const,
        cells: ['合计', '', `已报 ${t?.reported ?? 0} / ${t?.assigned ?? 0}（${t?.percent ?? 0}%）`, '', ''],
      },
    ],
  };
}
