import type { FillState } from '@sprout/shared/tasks';
import { useI18n } from '../i18n/index.tsx';

const COLORS: Record<FillState, string> = { submitted: 'green', late: 'yellow', missing: 'red', open: 'gray' };

/** 已报 / 逾期已报 / 未报 / 待填报 as a coloured word (the colour is never the only cue). */
export function StateBadge({ state }: { state: FillState }) {
  const { t } = useI18n();
  return <span className={`outcome outcome-${COLORS[state]}`}>{t(`tasks.state.${state}`)}</span>;
}
