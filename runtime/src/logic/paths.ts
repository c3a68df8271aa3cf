/**
 * Converts a shared issue path (`members[1].age`) to a react-hook-form name (`members.1.age`).
 * @example toFieldPath('members[1].age') // 'members.1.age'
 */
export function toFieldPath(issuePath: string): string {
  return issuePath.replace(/\[(\d+)\]/g, '.$1');
}

/** A DOM id for a field path, stable and safe in CSS selectors: `f-members-1-age`. */
export function domIdFor(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** The top-level field name a path belongs to: `members.1.age` → `members`. */
export function topName(path: string): string {
  const dot = path.indexOf('.');
  return dot === -1 ? path : path.slice(0, dot);
}
