import type { AppDefinition } from '@sprout/shared';
import { type Command, coalesceKey } from '../commands/index.ts';

/** One undo step: the command and the definition it was applied to. */
export interface HistoryEntry {
  command: Command;
  before: AppDefinition;
  at: number;
}

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const COALESCE_MS = 1000;
export const HISTORY_LIMIT = 200;

/** Records a command; keystrokes into one input within a second become one step. */
export function record(history: History, entry: HistoryEntry): History {
  const last = history.past[history.past.length - 1];
  const key = coalesceKey(entry.command);
  if (last && key && key === coalesceKey(last.command) && entry.at - last.at < COALESCE_MS) {
    const merged = { command: entry.command, before: last.before, at: entry.at };
    return { past: [...history.past.slice(0, -1), merged], future: [] };
  }
  return { past: [...history.past, entry].slice(-HISTORY_LIMIT), future: [] };
}
