import { localize, type OutcomeColor, type OutcomeRule } from '@sprout/shared';
import { useI18n } from '../../i18n/index.tsx';
import { ConditionEditor } from '../logic/ConditionEditor.tsx';

const COLORS: OutcomeColor[] = ['green', 'yellow', 'red', 'blue', 'gray'];

interface Props {
  rule: OutcomeRule;
  index: number;
  /** The last rule without a condition: 其余情况, pinned at the bottom. */
  otherwise: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onChange(rule: OutcomeRule): void;
  onMove(by: -1 | 1): void;
  onDelete(): void;
  /** Why this rule can never apply (an earlier rule always answers first), from the publish check. */
  unreachable?: string;
}

/** One row of the decision table: 如果「条件」 → 结果 (name, colour, message to residents), its code under 高级. */
export function OutcomeRow(props: Props) {
  const { rule, index, otherwise, canMoveUp, canMoveDown, onChange, onMove, onDelete, unreachable } = props;
  const { t, locale } = useI18n();
  const result = rule.result;
  const setResult = (patch: Partial<OutcomeRule['result']>) => onChange({ ...rule, result: { ...result, ...patch } });
  const title = otherwise ? t('outcomes.otherwise') : t('outcomes.rule', { n: index + 1 });
  return (
    <li className={`outcome-row color-${result.color ?? 'gray'}`} data-outcome={index} aria-label={title}>
      <h3>{title}</h3>
      {unreachable && (
        <p className="error small" role="alert">
          {unreachable}
        </p>
      )}
      {otherwise ? (
        <p className="muted small">{t('outcomes.otherwiseHelp')}</p>
      ) : (
        <>
          <ConditionEditor
            label={t('outcomes.if')}
            value={rule.when ?? ''}
            onChange={(when) => onChange(when ? { ...rule, when } : { result })}
          />
          {!rule.when && <p className="error small">{t('outcomes.noCondition')}</p>}
        </>
      )}
      <div className="row">
        <label>
          {t('outcomes.label')}
          <input value={localize(result.label, locale)} onChange={(e) => setResult({ label: e.target.value })} />
        </label>
        <label>
          {t('outcomes.color')}
          <select value={result.color ?? 'gray'} onChange={(e) => setResult({ color: e.target.value as OutcomeColor })}>
            {COLORS.map((c) => (
              <option key={c} value={c}>
                {t(`outcomes.color.${c}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        {t('outcomes.message')}
        <textarea
          rows={2}
          value={localize(result.message, locale)}
          placeholder={t('outcomes.messagePlaceholder')}
          onChange={(e) => setResult({ message: e.target.value || undefined })}
        />
      </label>
      <details>
        <summary>{t('outcomes.advanced')}</summary>
        <label>
          {t('outcomes.code')}
          <input className="small-input" value={result.code} onChange={(e) => setResult({ code: e.target.value })} />
        </label>
      </details>
      <div className="row">
        {!otherwise && (
          <>
            <button type="button" disabled={!canMoveUp} onClick={() => onMove(-1)}>
              {t('common.up')}
            </button>
            <button type="button" disabled={!canMoveDown} onClick={() => onMove(1)}>
              {t('common.down')}
            </button>
          </>
        )}
        <button type="button" onClick={onDelete}>
          {t('common.delete')}
        </button>
      </div>
    </li>
  );
}
