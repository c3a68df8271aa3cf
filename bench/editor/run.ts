/**
 * `pnpm bench:editor`: the real editor (built into bench/.tmp) against the real server, in
 * Debian's Chromium, with a 300-node definition. Writes bench/results/editor.md.
 * Also counts the user actions a scripted official needs to build the health declaration.
 * Flags: --quick (one load), --actions (only the action count).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../e2e/support/browser.ts';
import { toSproutDefinition } from '../runtime/adapters/to-sprout.ts';
import { generateForm } from '../runtime/generate-form.ts';
import { countBuildActions } from './count-actions.ts';
import { type EditorLoadSample, measureEditorLoad } from './measure-editor.ts';
import { renderEditorReport } from './report.ts';
import { createApp, startEditorSession } from './session.ts';

const NODES = 300;
const bench = fileURLToPath(new URL('../', import.meta.url));

async function main(): Promise<void> {
  const started = Date.now();
  const quick = process.argv.includes('--quick');
  const actionsOnly = process.argv.includes('--actions');
  const loads = actionsOnly ? 0 : quick ? 1 : 3;
  const definition = toSproutDefinition(generateForm(NODES));
  const session = await startEditorSession();
  const browser = await launchBrowser();
  const samples: EditorLoadSample[] = [];
  const loadBefore = loadavg()[0]!;
  try {
    for (let i = 0; i < loads; i++) {
      const sample = await measureEditorLoad(browser, {
        origin: session.origin,
        definition,
        inspectNodes: ['n150', 'n40', 'n260', 'n75', 'n210'],
        drags: quick ? 1 : 3,
        timeoutMs: 120_000,
        createApp: (page) => createApp(page.context(), session.origin, definition),
      });
      samples.push(sample);
      console.log(
        `load #${i + 1}: canvas ready ${sample.canvasReadyMs.toFixed(0)} ms, inspector ${sample.inspectorMs.map((n) => n.toFixed(0)).join('/')} ms, ${sample.dragFrameMs.length} drag frames`,
      );
    }
    const build = await countBuildActions(browser, session.origin);
    console.log(`health declaration from blank: ${build.actions} user actions`);
    const report = renderEditorReport({
      date: new Date().toISOString(),
      chromium: browser.version(),
      machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`,
      durationS: (Date.now() - started) / 1000,
      quick,
      nodes: NODES,
      samples,
      build,
    });
    await mkdir(`${bench}results`, { recursive: true });
    await writeFile(`${bench}results/editor.md`, report);
    console.log(`Wrote ${bench}results/editor.md`);
  } finally {
    await browser.close();
    await session.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
