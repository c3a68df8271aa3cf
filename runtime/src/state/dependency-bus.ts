type Listener = () => void;

/** Tells the fields whose logic reads a path that its value changed. Plain TypeScript; React only subscribes. */
export interface DependencyBus {
  /** Listens to changes of these paths (or anything below them); returns the unsubscribe. */
  subscribe(paths: readonly string[], listener: Listener): () => void;
  /** A value changed at this path: notifies listeners of the path, of its ancestors, and of its descendants. */
  notify(path: string | undefined): void;
}

/**
 * A keyed listener registry: a keystroke costs one lookup per path segment, however large the form.
 * @example const bus = createDependencyBus(); bus.subscribe(['travel'], rerender); bus.notify('travel');
 */
export function createDependencyBus(): DependencyBus {
  const byPath = new Map<string, Set<Listener>>();
  const run = (path: string, seen: Set<Listener>) => {
    const set = byPath.get(path);
    if (set) for (const l of set) seen.add(l);
  };
  return {
    subscribe(paths, listener) {
      for (const p of paths) {
        const set = byPath.get(p) ?? new Set<Listener>();
        set.add(listener);
        byPath.set(p, set);
      }
      return () => {
        for (const p of paths) byPath.get(p)?.delete(listener);
      };
    },
    notify(path) {
      const due = new Set<Listener>();
      if (!path) {
        for (const set of byPath.values()) for (const l of set) due.add(l);
      } else {
        // `members.0.age` concerns readers of `members` (COUNT, SUM) and of the row path itself.
        for (let end = path.length; end > 0; end = path.lastIndexOf('.', end - 1)) run(path.slice(0, end), due);
        // A whole row or list replaced (add, remove, move) concerns readers of paths below it.
        const below = `${path}.`;
        for (const [key, set] of byPath) if (key.startsWith(below)) for (const l of set) due.add(l);
      }
      for (const l of due) l();
    },
  };
}
