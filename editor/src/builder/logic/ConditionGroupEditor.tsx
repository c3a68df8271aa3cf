import type { ConditionGroup, ConditionRow } from '@sprout/shared/conditions';
import { useI18n } from '../../i18n/index.tsx';
import { rowFor } from './condition-edit.ts';
import { ConditionRowEditor } from './ConditionRowEditor.tsx';
import type { Question } from './questions.ts';

interface Props {
  group: ConditionGroup;
  questions: readonly Question[];
  onChange(group: ConditionGroup): void;
  /** The question a new row starts on. */
  preferred: Question | undefined;
  /** Only the outer group may hold groups: one level of nesting is all officials need. */
  nested?: boolean;
  onDelete?(): void;
}

type Item = ConditionGroup['items'][number];

/** Rows joined by 全部满足 / 任一满足, with add and delete; the outer one may hold one level of groups. */
export function ConditionGroupEditor({ group, questions, onChange, preferred, nested = false, onDelete }: Props) {
  const { t } = useI18n();
  const setItem = (i: number, item: Item | undefined) => {
    const items = group.items.flatMap((old, j) => (j !== i ? [old] : item ? [item] : []));
    onChange({ ...group, items });
  };
  const first = preferred ?? questions[0];
  const addRow = () => first && onChange({ ...group, items: [...group.items, rowFor(first)] });
  const addGroup = () => {
    if (!first) return;
    const join = group.join === 'all' ? 'any' : 'all';
    onChange({ ...group, items: [...group.items, { kind: 'group', join, items: [rowFor(first), rowFor(first)] }] });
  };
  return (
    <fieldset className={nested ? 'condition-group nested' : 'condition-group'}>
      {group.items.length > 1 && (
        <legend className="condition-join">
          <select
            aria-label={t('logic.joinLabel')}
            value={group.join}
            onChange={(e) => onChange({ ...group, join: e.target.value as ConditionGroup['join'] })}
          >
            <option value="all">{t('logic.join.all')}</option>
            <option value="any">{t('logic.join.any')}</option>
          </select>{' '}
          {t('logic.joinLabel')}
        </legend>
      )}
      {group.items.map((item, i) =>
        item.kind === 'row' ? (
          <ConditionRowEditor
            key={i}
            row={item}
            questions={questions}
            onChange={(row: ConditionRow) => setItem(i, row)}
            onDelete={() => setItem(i, undefined)}
          />
        ) : (
          <ConditionGroupEditor
            key={i}
            nested
            group={item}
            preferred={preferred}
            questions={questions}
            onChange={(g) => setItem(i, g.items.length ? g : undefined)}
            onDelete={() => setItem(i, undefined)}
          />
        ),
      )}
      <div className="row">
        <button type="button" className="link small" onClick={addRow} disabled={!first}>
          ＋ {t('logic.addRow')}
        </button>
        {!nested && group.items.length > 0 && (
          <button type="button" className="link small" onClick={addGroup} disabled={!first}>
            ＋ {t('logic.addGroup')}
          </button>
        )}
        {onDelete && (
          <button type="button" className="link small" onClick={onDelete}>
            {t('logic.deleteGroup')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
