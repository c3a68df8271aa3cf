import { type AppDefinition, walkNodes } from '@sprout/shared';

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Data keys in use across the definition (the editor keeps them unique everywhere, simplest for officials). */
export function takenNames(def: AppDefinition, exceptNodeId?: string): Set<string> {
  const names = new Set<string>();
  walkNodes(def, ({ node }) => {
    if (node.name && node.id !== exceptNodeId) names.add(node.name);
  });
  for (const c of def.computed ?? []) names.add(c.name);
  return names;
}

/** A free data key from a base word: `phone`, then `phone2`, `phone3`… */
export function suggestName(base: string, taken: Set<string>): string {
  const clean = base.replace(/[^A-Za-z0-9_]/g, '') || 'field';
  const start = NAME_RE.test(clean) ? clean : `f_${clean}`;
  if (!taken.has(start)) return start;
  for (let i = 2; ; i++) if (!taken.has(`${start}${i}`)) return `${start}${i}`;
}

/** Why a data key cannot be used, or null when it can. */
export function nameProblem(name: string, taken: Set<string>): 'empty' | 'invalid' | 'taken' | null {
  if (!name) return 'empty';
  if (!NAME_RE.test(name)) return 'invalid';
  return taken.has(name) ? 'taken' : null;
}
