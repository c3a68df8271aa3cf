import { FORM_SIZES } from '../generate-form.ts';
import type { Plan } from './plan.ts';

const LARGEST = Math.max(...FORM_SIZES);

/** How the numbers were taken, so a reader can judge them and rerun them. */
export function renderMethod(plan: Plan): string {
  const loads = plan.cpuRates.map(
    (rate) =>
      `at CPU ×${rate}, ${plan.sizes.map((n) => `${plan.loads(n, rate)} loads at ${n} fields`).join(', ')} per library`,
  );
  const probes = plan.cpuRates.map(
    (rate) =>
      `${plan.keystrokes(LARGEST, rate)} key presses and ${plan.toggles(LARGEST, rate)} show/hide toggles per load at ×${rate}`,
  );
  return `## Method

- **Forms**: \`bench/runtime/generate-form.ts\` makes one neutral spec (${FORM_SIZES.join(' / ')} fields cycling text, number, select, radio, checkboxes, date, textarea; every 10th required; every 5th shown only when the one before it is filled; one total of all number fields). Thin adapters turn it into a Sprout AppDefinition (\`visibleWhen: NOT(ISEMPTY(fN))\`, the total a \`computed\` \`SUM(…)\`), SurveyJS JSON (\`visibleIf: {fN} notempty\`, an \`expression\` question with \`sum(…)\`, \`textUpdateMode: 'onTyping'\` so conditions react while typing), an RJSF JSON Schema + uiSchema (schema \`dependencies\`, \`ui:order\`; the total recomputed in \`onChange\`, RJSF having no computed values) and a plain-DOM builder (DOM calls, one delegated listener).
- **Pages**: one minimal Vite production page per library (\`bench/runtime/pages/\`), served from 127.0.0.1; each page opens in a fresh browser context with a 360 × 780 viewport, all in one Chromium session; the order of libraries rotates every round.
- **Mount**: in the page, from just before the library is called (building its model included) until the last initially shown field exists in the DOM and the frame holding it has painted (checked in \`requestAnimationFrame\`, ended by a \`setTimeout\` after it). “From navigation start” adds loading, parsing and compiling the JS.
- **Keystroke** (at ${LARGEST} fields): a real key press (CDP \`Input.dispatchKeyEvent\`) into a text field in the middle of the form that controls nothing; from the keydown event's timestamp until the frame after the input event has painted.
- **Condition toggle** (at ${LARGEST} fields): a key press into a text field that controls the next one, until that field is shown (reveal) — then Backspace until it is hidden again (hide).
- **Heap**: \`JSHeapUsedSize\` from CDP \`Performance.getMetrics\` after two \`HeapProfiler.collectGarbage\`, right after mount.
- **Page JS**: the JS files each built page loads at start (module scripts and modulepreloads; lazily imported chunks excluded), gzipped at level 6 one by one and summed. The resident page is built from \`runtime/\` with its own Vite config into bench/.tmp/. The peers' pages include the ~2 KB harness and generator (see the plain-DOM page's size).
- **Reading the numbers**: the plain-DOM floor uses the same layout containment as Sprout's runtime (\`content-visibility: auto\` on each field, as the issue suggests), so the floor measures what the browser costs, not a missing CSS rule; even so, a plain \`input\` listener on the whole form came out slower per keystroke than the runtime in the last runs (not explained yet). The heap figure is V8's JS heap only: DOM nodes live in Blink's heap and are not in it. Each page carries its library's own stylesheet (SurveyJS's \`survey-core.css\`, Sprout's runtime CSS, a few lines for the plain page; RJSF's core theme ships none).
- **First visit** (\`driver/first-visit.ts\`): the real server (\`e2e/support/server.ts\`, demo seeded) serving \`runtime/dist\` as built for production (brotli copies, the published app inline in the page); CDP \`Network.emulateNetworkConditions\` with 150 ms latency, 1.6 Mbps down, 750 kbps up, and CPU ×4. Cold: a fresh browser context. Warm: the same context after the page's offline worker is ready, so the page opens from the worker's copy (the server's answer replaces the copy meanwhile) and its scripts from the worker's cache. “First usable input” is from navigation start until the form's first input exists and the frame holding it has been presented: an init script looks for the input once per frame from the document's first frame on, and takes the first contentful paint's time when that frame held it (else the start of the next frame); polling from the test side was timed by when its script got a turn between the page's long tasks. Since the server renders the form into the page, that is the server's markup, which takes typing and choices before any script runs (the submit button waits for the scripts, and what was typed is kept and replayed when they take over; \`e2e/runtime-server-render\`); the page's code is imported only after the first paint (\`resident-boot.ts\`). “Scripts took over” is until the page's script has hydrated the form (\`#root[data-ready]\`); bytes are the \`transferSize\` (headers and compressed body; 0 for what the worker or the HTTP cache answered) of every response the page had finished until then, from its Resource Timing entries. 5 cold and 5 warm loads (1 with \`--quick\`). Caveat: Chromium applies CDP's network emulation per target, and the worker is a target of its own, so in a warm visit the worker's request for the page is not throttled: warm figures miss about one round trip (≈150 ms) that a real weak network would add.
- **CPU throttling**: CDP \`Emulation.setCPUThrottlingRate\` before navigation; ×4 stands for a cheap phone.
- **Repetitions**: ${loads.join('; ')}; ${probes.join('; ')} — but a library still probing after ${plan.probeBudgetMs / 1000} s of one kind of probe in a load stops at the next sample (the sample counts are in the tables). Every figure is a median.`;
}
