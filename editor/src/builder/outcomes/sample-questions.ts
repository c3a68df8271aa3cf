import { type AppDefinition, analyzeExpression, T } from '@sprout/shared';
import type { Question } from '../logic/questions.ts';

/**
 * The questions the outcome rules read, directly or through computed values: what the
 * 试一试 panel asks for.
 */
export function questionsForOutcomes(def: AppDefinition, questions: readonly Question[]): Question[] {
  const computed = new Map((def.computed ?? []).map((c) => [c.name, c.expr]));
  const wanted = new Set<string>();
  const read = (source: string, depth: number) => {
    for (const name of analyzeExpression(source, () => T.any).names) {
      const expr = computed.get(name);
      if (expr !== undefined && depth < 8) read(expr, depth + 1);
      else wanted.add(name);
    }
  };
  for (const rule of def.outcomes ?? []) if (rule.when) read(rule.when, 0);
  return questions.filter((q) => wanted.has(q.name) && !q.computed);
}
