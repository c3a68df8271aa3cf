import { useMemo } from 'react';
import { formulaTokens } from '../../commands/formula-tokens.ts';
import { labelOf, type Question } from './questions.ts';

/** A formula as an official reads it: each question it reads shown as a chip with its label. */
export function FormulaReading({
  source,
  questions,
  label,
}: {
  source: string;
  questions: readonly Question[];
  label: string;
}) {
  const tokens = useMemo(() => formulaTokens(source, new Set(questions.map((q) => q.name))), [source, questions]);
  return (
    <p className="formula-reading small">
      <span className="muted">{label}：</span>
      {tokens.map((tok, i) =>
        tok.kind === 'field' ? (
          <span key={i} className="field-chip" title={tok.name}>
            {labelOf(questions, tok.name)}
          </span>
        ) : (
          <code key={i}>{tok.text}</code>
        ),
      )}
    </p>
  );
}
