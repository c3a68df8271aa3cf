/**
 * The in-page half of the benchmark, the same for every library: it times the mount and
 * arms one-shot probes the driver triggers with real key presses.
 */
import type { FormSpec } from '../generate-form.ts';

export interface BenchTarget {
  lib: string;
  spec: FormSpec;
  /** The element holding a field's value (the first input of an option group), or null while not rendered. */
  findField(key: string): HTMLElement | null;
  /** Renders the form into the page; timed from just before the call. */
  mount(): void;
}

export interface MountTiming {
  /** From just before rendering until the last initially shown field exists and a frame has painted. */
  mountMs: number;
  /** The same end point, measured from navigation start: includes loading and compiling the JS. */
  sinceNavigationMs: number;
}

export interface BenchHooks {
  lib: string;
  size: number;
  probes: FormSpec['probes'];
  mounted: Promise<MountTiming>;
  /** How many of the form's fields are rendered and not hidden. */
  shownFieldCount(): number;
  isShown(key: string): boolean;
  /** Scrolls to a field and focuses it; false if it is not rendered. */
  focusField(key: string): boolean;
  /** The next key press: from keydown until the frame after its input event has painted. */
  armKeystroke(): void;
  /** The next key press: from keydown until `key` is shown (or hidden) and that frame has painted. */
  armVisibility(key: string, shown: boolean): void;
  /** The armed probe's result in ms. */
  result(): Promise<number>;
}

declare global {
  interface Window {
    __bench: BenchHooks;
  }
}

/** Resolves after the frame that is being produced has painted. */
function afterPaint(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
}

/** Checks once per frame; resolves after the first frame in which `ready()` holds has painted. */
function whenPainted(ready: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    const check = () => (ready() ? setTimeout(() => resolve(performance.now()), 0) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  });
}

function nextKeyDown(): Promise<number> {
  return new Promise((resolve) => {
    const onKeyDown = (event: KeyboardEvent) => {
      const now = performance.now();
      // The event's own timestamp includes time queued behind other work; fall back if it is off.
      resolve(event.timeStamp > 0 && event.timeStamp <= now && now - event.timeStamp < 1000 ? event.timeStamp : now);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true, once: true });
  });
}

function nextInput(): Promise<void> {
  return new Promise((resolve) => window.addEventListener('input', () => resolve(), { capture: true, once: true }));
}

function shown(element: HTMLElement | null): boolean {
  return element?.isConnected === true && element.checkVisibility();
}

/** Mounts the target at once and publishes `window.__bench`. */
export function runBench(target: BenchTarget): void {
  const { spec, findField } = target;
  const start = performance.now();
  target.mount();
  const mounted = whenPainted(() => findField(spec.probes.lastInitiallyVisibleKey) !== null).then((end) => ({
    mountMs: end - start,
    sinceNavigationMs: end,
  }));
  let pending: Promise<number> = Promise.reject(new Error('no probe armed'));
  pending.catch(() => {});
  window.__bench = {
    lib: target.lib,
    size: spec.size,
    probes: spec.probes,
    mounted,
    shownFieldCount: () => spec.fields.filter((f) => shown(findField(f.key))).length,
    isShown: (key) => shown(findField(key)),
    focusField(key) {
      const element = findField(key);
      if (!element) return false;
      element.scrollIntoView({ block: 'center' });
      element.focus();
      return document.activeElement === element;
    },
    armKeystroke() {
      const keyDown = nextKeyDown();
      pending = nextInput()
        .then(afterPaint)
        .then(async (end) => end - (await keyDown));
    },
    armVisibility(key, wanted) {
      const keyDown = nextKeyDown();
      pending = keyDown.then((t0) => whenPainted(() => shown(findField(key)) === wanted).then((end) => end - t0));
    },
    result: () => pending,
  };
}
