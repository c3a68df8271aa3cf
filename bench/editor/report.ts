import { median } from '../runtime/driver/plan.ts';
import type { ActionCount } from './count-actions.ts';
import type { EditorLoadSample } from './measure-editor.ts';

export interface EditorRunRecord {
  date: string;
  chromium: string;
  machine: string;
  durationS: number;
  quick: boolean;
  nodes: number;
  samples: EditorLoadSample[];
  build: ActionCount;
}

/** Counted by hand before the condition builder, decision table and label-generated keys (issue #13). */
const ACTIONS_BEFORE = 67;
const ACTIONS_TARGET = 45;

const FRAME_TARGET_MS = 20;

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

function actionsVerdict(actions: number): string {
  return actions <= ACTIONS_TARGET ? `**met** (${actions})` : `**missed** (${actions})`;
}

/** The editor results file: the target first, then the figures and how they were taken. */
export function renderEditorReport(r: EditorRunRecord): string {
  const frames = r.samples.flatMap((s) => s.dragFrameMs);
  const inspector = r.samples.flatMap((s) => s.inspectorMs);
  const frame = median(frames);
  const over = frames.filter((f) => f > FRAME_TARGET_MS).length;
  const verdict =
    frame <= FRAME_TARGET_MS
      ? `**met** (${fmt(frame)} ≤ ${FRAME_TARGET_MS} ms)`
      : `**missed** by ${fmt(frame - FRAME_TARGET_MS)} ms (${fmt(frame)} ms; ${fmt(frame / FRAME_TARGET_MS, 2)}× the limit)`;
  return `# Editor benchmark

Written by \`pnpm bench:editor\` (bench/editor/run.ts) on ${r.date}${r.quick ? ' — **quick run, one load: not for quoting**' : ''}.
Chromium ${r.chromium}, headless; ${r.machine}; the run took ${fmt(r.durationS, 0)} s. The machine is shared with other builds.

## Target

| target | limit | result |
| --- | --- | --- |
| median frame time while dragging over the canvas, ${r.nodes}-node definition | ≤ ${FRAME_TARGET_MS} ms | ${r.samples.length ? verdict : 'not measured (--actions)'} |
| user actions to build the health declaration from blank and publish it | ≤ ${ACTIONS_TARGET} | ${actionsVerdict(r.build.actions)} (before: ${ACTIONS_BEFORE}) |

## Results (${r.samples.length} editor loads)

| measure | median | p95 | samples |
| --- | --- | --- | --- |
| frame time while dragging, ms | ${fmt(frame)} | ${fmt(percentile(frames, 95))} | ${frames.length} frames (${over} over ${FRAME_TARGET_MS} ms) |
| time to open the inspector, ms | ${fmt(median(inspector))} | ${fmt(percentile(inspector, 95))} | ${inspector.length} clicks |
| editor open until all ${r.nodes} nodes are on the canvas (from navigation start), ms | ${fmt(median(r.samples.map((s) => s.canvasReadyMs)), 0)} | – | ${r.samples.length} loads |

## Method

- **User actions**: a scripted new official (\`e2e/support/health-declaration-script.ts\`, the same script as the browser test \`e2e/editor-logic-by-picking.e2e.test.ts\`) builds the health declaration from a blank app — six fields dragged from the palette, four labels typed, a follow-up question shown after 是, a 是否发热 computed value (今日体温 ≥ 37.3), three outcomes with a message each — and publishes it. Each click, drag, choice from a menu and typed text counts as one action; signing in and naming the app do not. Typed: ${r.build.typed.map((t) => `「${t}」`).join(' ')} — labels, one threshold and the messages, no formula and no key.

- **Definition**: the runtime benchmark's generated form at ${r.nodes} fields (\`generateForm(${r.nodes})\` → \`toSproutDefinition\`): one page of ${r.nodes} input nodes of seven types, every 5th with a \`visibleWhen\`, one computed total. It is created through the real API as the demo builder, then opened in the editor.
- **Editor and server**: the editor is built with its own Vite config into bench/.tmp/editor-dist and served from 127.0.0.1 with \`/api/\` passed through to the real server (\`server/src/main.ts\`, fresh seeded data directory). Each load is a fresh browser context at 1366 × 768, CPU not throttled.
- **Frame time while dragging**: a real mouse (CDP) presses on the third node, moves 12 px to start dnd-kit's drag, then 60 steps down to the bottom edge of the window and 40 small moves there while the canvas auto-scrolls; every \`requestAnimationFrame\` interval during the moves is a frame time; then the node is dropped. ${r.quick ? 1 : 3} drags per load.
- **Time to open the inspector**: a click on a canvas node not yet selected (nodes n150, n40, n260, n75, n210, scrolled into view first); from the pointerdown event's timestamp until the inspector's heading names that node and the frame has painted.
`;
}
