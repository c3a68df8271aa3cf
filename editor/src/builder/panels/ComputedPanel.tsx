import { type ComputedValue, topLevelTypes } from '@sprout/shared';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { useEditor } from '../../store/index.ts';
import { ComputedRow } from '../computed/ComputedRow.tsx';
import { coreCatalog } from '@sprout/shared';

const NONE: ComputedValue[] = [];
const NAME_RE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** Values worked out from the answers (发热, 年龄 from the ID number…), picked from menus or written as formulas. */
export function ComputedPanel() {
  const { t } = useI18n();
  const definition = useEditor((s) => s.definition);
  const computed = definition.computed ?? NONE;
  const dispatch = useEditor((s) => s.dispatch);
  const fieldNames = useMemo(() => {
    const names = new Set(Object.keys(topLevelTypes({ ...definition, computed: [] }, coreCatalog)));
    return names;
  }, [definition]);
  const set = (next: ComputedValue[]) => dispatch({ kind: 'set-computed', computed: next });
  const change = (i: number, value: ComputedValue) => set(computed.map((c, j) => (j === i ? value : c)));
  const nameProblem = (c: ComputedValue, i: number) => {
    if (!NAME_RE.test(c.name)) return t('computed.nameInvalid');
    const taken = fieldNames.has(c.name) || computed.some((o, j) => j !== i && o.name === c.name);
    return taken ? t('computed.nameTaken') : '';
  };
  const add = () => {
    let n = computed.length + 1;
    while (computed.some((c) => c.name === `value${n}`) || fieldNames.has(`value${n}`)) n += 1;
    set([...computed, { name: `value${n}`, expr: '', label: '' }]);
  };
  return (
    <div className="outcomes">
      <h2>{t('computed.title')}</h2>
      <p className="muted small">{t('computed.help')}</p>
      {computed.length === 0 && <p className="empty">{t('computed.empty')}</p>}
      <ol>
        {computed.map((c, i) => (
          <ComputedRow
            key={i}
            value={c}
            index={i}
            nameProblem={nameProblem(c, i)}
            onChange={(next) => change(i, next)}
            onDelete={() => set(computed.filter((_, j) => j !== i))}
          />
        ))}
      </ol>
      <button type="button" onClick={add}>
        ＋ {t('computed.add')}
      </button>
    </div>
  );
}
