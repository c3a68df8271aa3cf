import { type AppDefinition, analyzeExpression, T, walkNodes } from '@sprout/shared';

/** Every formula in a definition: node and page conditions, validations, computed values, outcomes. */
export function expressionsIn(def: AppDefinition): string[] {
  const out: Array<string | undefined> = [];
  for (const page of def.pages) out.push(page.visibleWhen);
  walkNodes(def, ({ node }) => {
    out.push(node.visibleWhen, node.requiredWhen, node.readOnlyWhen);
    for (const rule of node.validations ?? []) if (rule.kind === 'expr') out.push(rule.expr);
  });
  for (const c of def.computed ?? []) out.push(c.expr);
  for (const o of def.outcomes ?? []) out.push(o.when);
  return out.filter((s): s is string => typeof s === 'string' && s.trim() !== '');
}

/** Whether a data key is read by any formula or named by a setting (once-per field, result-code fields). */
export function isReferenced(def: AppDefinition, name: string): boolean {
  const { onceField, resultCode } = def.settings;
  if ([onceField, resultCode.subjectField, resultCode.displayNameField].includes(name)) return true;
  return expressionsIn(def).some((source) => analyzeExpression(source, () => T.any).names.has(name));
}
