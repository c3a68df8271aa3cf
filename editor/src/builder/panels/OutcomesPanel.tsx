import { localize, type OutcomeColor, type OutcomeRule } from '@sprout/shared';
import { useI18n } from '../../i18n/index.tsx';
import { useEditor } from '../../store/index.ts';
import { ConditionEditor } from '../logic/ConditionEditor.tsx';

const NONE: OutcomeRule[] = [];
const COLORS: OutcomeColor[] = ['green', 'yellow', 'red', 'blue', 'gray'];
const PRESETS: Array<{ code: string; label: string; color: OutcomeColor }> = [
  { code: 'green', label: '绿码', color: 'green' },
  { code: 'yellow', label: '黄码', color: 'yellow' },
  { code: 'red', label: '红码', color: 'red' },
];

/** Ordered outcome rules: the first whose condition holds gives the resident's result. */
export function OutcomesPanel() {
  const { t, locale } = useI18n();
  const outcomes = useEditor((s) => s.definition.outcomes) ?? NONE;
  const dispatch = useEditor((s) => s.dispatch);
  const set = (next: OutcomeRule[]) => dispatch({ kind: 'set-outcomes', outcomes: next });
  const change = (i: number, rule: OutcomeRule) => set(outcomes.map((r, j) => (j === i ? rule : r)));
  const move = (i: number, d: number) => {
    const next = [...outcomes];
    const [rule] = next.splice(i, 1);
    if (rule) next.splice(i + d, 0, rule);
    set(next);
  };
  const add = () => {
    const preset = PRESETS.find((p) => !outcomes.some((o) => o.result.code === p.code)) ?? {
      code: `r${outcomes.length + 1}`,
      label: '',
      color: 'blue' as const,
    };
    set([...outcomes, { result: { ...preset } }]);
  };
  return (
    <div className="outcomes">
      <h2>{t('outcomes.title')}</h2>
      <p className="muted small">{t('outcomes.help')}</p>
      {outcomes.length === 0 && <p className="empty">{t('outcomes.empty')}</p>}
      <ol>
        {outcomes.map((rule, i) => (
          <li key={i} className={`outcome-row color-${rule.result.color ?? 'gray'}`} data-outcome={i}>
            <ConditionEditor
              label={t('outcomes.when')}
              value={rule.when ?? ''}
              onChange={(when) => change(i, { ...rule, when: when || undefined })}
            />
            <div className="row">
              <label>
                {t('outcomes.label')}
                <input
                  value={localize(rule.result.label, locale)}
                  onChange={(e) => change(i, { ...rule, result: { ...rule.result, label: e.target.value } })}
                />
              </label>
              <label>
                {t('outcomes.code')}
                <input
                  className="small-input"
                  value={rule.result.code}
                  onChange={(e) => change(i, { ...rule, result: { ...rule.result, code: e.target.value } })}
                />
              </label>
              <label>
                {t('outcomes.color')}
                <select
                  value={rule.result.color ?? 'gray'}
                  onChange={(e) =>
                    change(i, { ...rule, result: { ...rule.result, color: e.target.value as OutcomeColor } })
                  }
                >
                  {COLORS.map((c) => (
                    <option key={c} value={c}>
                      {t(`outcomes.color.${c}`)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <div className="row">
              <button type="button" disabled={i === 0} onClick={() => move(i, -1)}>
                {t('common.up')}
              </button>
              <button type="button" disabled={i === outcomes.length - 1} onClick={() => move(i, 1)}>
                {t('common.down')}
              </button>
              <button type="button" onClick={() => set(outcomes.filter((_, j) => j !== i))}>
                {t('common.delete')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" onClick={add}>
        ＋ {t('outcomes.add')}
      </button>
    </div>
  );
}
