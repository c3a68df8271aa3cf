/**
 * Installed into the editor page before its scripts run (`page.addInitScript`), so it must
 * be self-contained: no imports, no closures over module scope.
 */
export interface EditorProbes {
  /** Starts recording the time between consecutive animation frames. */
  startFrames(): void;
  /** Stops recording and answers the frame times in ms. */
  stopFrames(): number[];
  /** The next pointerdown: from it until the inspector shows a title holding `label` and that frame has painted. */
  armInspector(label: string): void;
  /** The armed inspector probe's result in ms. */
  inspectorResult(): Promise<number>;
}

declare global {
  interface Window {
    __editorBench: EditorProbes;
  }
}

export function installEditorProbes(): void {
  let frames: number[] = [];
  let recording = false;
  const loop = (last: number) => (now: number) => {
    if (!recording) return;
    frames.push(now - last);
    requestAnimationFrame(loop(now));
  };
  let pending: Promise<number> = Promise.resolve(Number.NaN);
  const inspectorShows = (label: string) =>
    document.querySelector('.inspector h2')?.textContent?.includes(label) === true;
  window.__editorBench = {
    startFrames() {
      frames = [];
      recording = true;
      requestAnimationFrame((t) => requestAnimationFrame(loop(t)));
    },
    stopFrames() {
      recording = false;
      return frames;
    },
    armInspector(label) {
      pending = new Promise((resolve) => {
        window.addEventListener(
          'pointerdown',
          (event) => {
            const start = event.timeStamp;
            const check = () =>
              inspectorShows(label)
                ? setTimeout(() => resolve(performance.now() - start), 0)
                : requestAnimationFrame(check);
            requestAnimationFrame(check);
          },
          { capture: true, once: true },
        );
      });
    },
    inspectorResult: () => pending,
  };
}
