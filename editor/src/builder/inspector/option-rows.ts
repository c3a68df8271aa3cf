export interface OptionRow {
  value: string;
  label: string;
}

/** The lines of pasted text, one option each: trimmed, blank lines and list bullets dropped. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-*•·]|\d+[.、．)）])\s*/, '').trim())
    .filter(Boolean);
}

/**
 * Several lines pasted into one option's text become that option and new ones after it; a
 * line that is already an option is not added twice.
 * @example pasteOptions([{ value: '选项1', label: '选项1' }], 0, '是\n否') // 是, 否
 */
export function pasteOptions(current: readonly OptionRow[], index: number, text: string): OptionRow[] {
  const others = current.filter((_, i) => i !== index);
  const seen = new Set(others.map((o) => o.value));
  const pasted: OptionRow[] = [];
  for (const line of linesOf(text)) {
    if (seen.has(line)) continue;
    seen.add(line);
    pasted.push({ value: line, label: line });
  }
  return [...current.slice(0, index), ...pasted, ...current.slice(index + 1)];
}

/** The list with one option moved from one place to another. */
export function moveOption<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item === undefined || to < 0 || to > next.length) return [...list];
  next.splice(to, 0, item);
  return next;
}
