import { type AppNode, localize, type ValidationRule } from '@sprout/shared';
import { useI18n } from '../../i18n/index.tsx';
import { useEditor } from '../../store/index.ts';
import { ConditionEditor } from '../logic/ConditionEditor.tsx';

const KINDS: Array<ValidationRule['kind']> = ['min', 'max', 'minLength', 'maxLength', 'pattern', 'expr'];
const KIND_TEXT: Record<ValidationRule['kind'], { 'zh-CN': string; en: string }> = {
  min: { 'zh-CN': '最小值', en: 'Minimum' },
  max: { 'zh-CN': '最大值', en: 'Maximum' },
  minLength: { 'zh-CN': '最少字数', en: 'Min length' },
  maxLength: { 'zh-CN': '最多字数', en: 'Max length' },
  pattern: { 'zh-CN': '正则表达式', en: 'Pattern' },
  expr: { 'zh-CN': '公式必须成立', en: 'Formula must hold' },
};

function blank(kind: ValidationRule['kind'], message: string): ValidationRule {
  if (kind === 'expr') return { kind, expr: '', message };
  if (kind === 'pattern') return { kind, value: '.*', message };
  return { kind, value: 0, message };
}

/** Extra checks on a field: built-in limits, a pattern, or a formula, each with its message. */
export function ValidationsEditor({ node }: { node: AppNode }) {
  const { t, locale } = useI18n();
  const dispatch = useEditor((s) => s.dispatch);
  const rules = node.validations ?? [];
  const set = (next: ValidationRule[]) =>
    dispatch({ kind: 'update-node', id: node.id, fields: { validations: next.length ? next : undefined } });
  const change = (i: number, rule: ValidationRule) => set(rules.map((r, j) => (j === i ? rule : r)));
  return (
    <div className="validations">
      <h3>{t('inspector.validations')}</h3>
      {rules.map((rule, i) => (
        <div key={i} className="validation-row">
          <select
            aria-label={t('inspector.validations.kind')}
            value={rule.kind}
            onChange={(e) => change(i, blank(e.target.value as ValidationRule['kind'], localize(rule.message)))}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_TEXT[k][locale]}
              </option>
            ))}
          </select>
          {rule.kind === 'expr' ? (
            <ConditionEditor
              label={t('inspector.validations.value')}
              nodeId={node.id}
              value={rule.expr}
              onChange={(expr) => change(i, { ...rule, expr })}
            />
          ) : (
            <input
              aria-label={t('inspector.validations.value')}
              type={rule.kind === 'pattern' ? 'text' : 'number'}
              value={String(rule.value)}
              onChange={(e) =>
                change(
                  i,
                  rule.kind === 'pattern'
                    ? { ...rule, value: e.target.value }
                    : { ...rule, value: Number(e.target.value) },
                )
              }
            />
          )}
          <input
            aria-label={t('inspector.validations.message')}
            placeholder={t('inspector.validations.message')}
            value={localize(rule.message)}
            onChange={(e) => change(i, { ...rule, message: e.target.value } as ValidationRule)}
          />
          <button type="button" aria-label={t('common.delete')} onClick={() => set(rules.filter((_, j) => j !== i))}>
            ✕
          </button>
        </div>
      ))}
      <button type="button" onClick={() => set([...rules, blank('expr', '')])}>
        ＋ {t('inspector.validations.add')}
      </button>
    </div>
  );
}
