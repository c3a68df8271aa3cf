import type { ConditionGroup, ConditionOp, ConditionRow, ConditionValue } from '@sprout/shared/conditions';
import { operatorsFor, takesNoValue } from '@sprout/shared/conditions';
import type { Question } from './questions.ts';

/** Questions a condition may pick; what a value can be compared with. */
export function pickable(questions: readonly Question[]): Question[] {
  return questions.filter((q) => q.type.t !== 'record' && !(q.type.t === 'list' && q.type.of.t !== 'string'));
}

/** A sensible first value for a question: its first option, "yes", or nothing typed yet. */
export function firstValue(question: Question | undefined): ConditionValue | undefined {
  if (!question) return undefined;
  if (question.type.t === 'boolean') return true;
  return question.options?.[0]?.value;
}

/** A new row on a question, with its most common operator and first value. */
export function rowFor(question: Question): ConditionRow {
  const op = operatorsFor(question.type)[0] ?? 'eq';
  const value = firstValue(question);
  return value === undefined
    ? { kind: 'row', field: question.name, op }
    : { kind: 'row', field: question.name, op, value };
}

/** Changing the question keeps the operator when it still applies; the value starts over. */
export function withQuestion(row: ConditionRow, question: Question): ConditionRow {
  const ops = operatorsFor(question.type);
  const fresh = rowFor(question);
  return ops.includes(row.op) ? { ...fresh, op: row.op } : fresh;
}

export function withOp(row: ConditionRow, op: ConditionOp): ConditionRow {
  if (takesNoValue(op)) return { kind: 'row', field: row.field, op };
  return { ...row, op };
}

/** A row is complete when it has every value its operator needs. */
export function isComplete(row: ConditionRow): boolean {
  if (takesNoValue(row.op)) return true;
  const filled = (v: ConditionValue | undefined) => v !== undefined && v !== '';
  return filled(row.value) && (row.op !== 'between' || filled(row.value2));
}

/** The group without rows still waiting for a value, and without emptied inner groups. */
export function completeOnly(group: ConditionGroup): ConditionGroup {
  const items = group.items
    .map((item) => (item.kind === 'row' ? item : completeOnly(item)))
    .filter((item) => (item.kind === 'row' ? isComplete(item) : item.items.length > 0));
  return { ...group, items };
}
