import { normalizeExpression } from '@sprout/shared';
import { useId, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { useEditor } from '../../store/index.ts';
import { matchesPinyin } from '../../pinyin/index.ts';
import { FormulaReading } from '../logic/FormulaReading.tsx';
import { questionsFor } from '../logic/questions.ts';
import { faultIn } from './expression-fault.ts';
import { exprProblems, scopeFor, type Suggestion, suggestionsFor, wordBefore } from './expression-help.ts';

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  /** The node the formula belongs to, for the fields of its repeat row. */
  nodeId?: string;
  placeholder?: string;
}

/**
 * A formula box: completes questions by label, pinyin initials or key (inserting the key) and
 * function names, shows shared's analysis as you type, and reads the formula back with label chips.
 */
export function ExpressionInput({ label, value, onChange, nodeId, placeholder }: Props) {
  const { t, locale } = useI18n();
  const id = useId();
  const definition = useEditor((s) => s.definition);
  const catalog = useEditor((s) => s.catalog);
  const scope = useMemo(() => scopeFor(definition, nodeId, catalog), [definition, nodeId, catalog]);
  const questions = useMemo(() => questionsFor(definition, locale, nodeId), [definition, locale, nodeId]);
  const labels = useMemo(() => new Map(questions.map((q) => [q.name, q.label])), [questions]);
  const ref = useRef<HTMLInputElement>(null);
  const [caret, setCaret] = useState(0);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const word = wordBefore(value, caret);
  const items = open ? suggestionsFor(word, scope, locale, labels, matchesPinyin) : [];
  const problems = exprProblems(value, scope, locale);
  const fault = problems.length ? faultIn(value, scope.env) : undefined;
  const accept = (s: Suggestion) => {
    const start = caret - word.length;
    const next = value.slice(0, start) + s.text + value.slice(caret);
    onChange(next);
    const pos = start + s.text.length;
    setCaret(pos);
    requestAnimationFrame(() => ref.current?.setSelectionRange(pos, pos));
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (items.length === 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length);
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      const pick = items[active] ?? items[0];
      if (pick) accept(pick);
    } else if (e.key === 'Escape') setOpen(false);
  };
  return (
    <div className="expr">
      <label htmlFor={id}>{label}</label>
      <input
        ref={ref}
        id={id}
        className={`expr-input ${problems.length ? 'invalid' : ''}`}
        role="combobox"
        aria-expanded={items.length > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={items.length ? `${id}-opt-${active}` : undefined}
        aria-invalid={problems.length > 0}
        aria-describedby={`${id}-msg`}
        autoComplete="off"
        spellCheck={false}
        value={value}
        placeholder={placeholder ?? t('inspector.exprPlaceholder')}
        onChange={(e) => {
          onChange(e.target.value);
          setCaret(e.target.selectionStart ?? e.target.value.length);
          setOpen(true);
          setActive(0);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart ?? 0)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setTimeout(() => setOpen(false), 150);
          // What a Chinese keyboard typed (＝, “”, ，) is stored in the engine's ASCII form.
          const normal = normalizeExpression(value).text;
          if (problems.length === 0 && normal !== value) onChange(normal);
        }}
      />
      {items.length > 0 && (
        <div className="suggestions" role="listbox" id={`${id}-list`} aria-label={t('expr.suggestions')}>
          {items.map((s, i) => (
            <div
              key={s.text}
              tabIndex={-1}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                accept(s);
              }}
            >
              {s.kind === 'field' && s.hint ? (
                <>
                  <span className="field-chip">{s.hint}</span> <code className="muted">{s.text}</code>
                </>
              ) : (
                <>
                  <code>{s.text}</code> <span className="muted">{s.hint}</span>
                </>
              )}
            </div>
          ))}
        </div>
      )}
      <div id={`${id}-msg`} className={problems.length ? 'error small' : 'ok small'} aria-live="polite">
        {problems.length ? problems.join('；') : value.trim() ? `✓ ${t('expr.ok')}` : ''}
      </div>
      {fault && (
        <p className="expr-fault small" aria-hidden="true">
          <code>{value.slice(0, fault.start)}</code>
          <mark>{value.slice(fault.start, fault.end) || ' '}</mark>
          <code>{value.slice(fault.end)}</code>
        </p>
      )}
      {value.trim() && problems.length === 0 && (
        <FormulaReading source={value} questions={questions} label={t('expr.reading')} />
      )}
    </div>
  );
}
