import { FORM_SIZES, generateForm } from '../generate-form.ts';
import { type FirstVisitResult, medianOf, WEAK_PHONE } from './first-visit.ts';
import type { LoadSample } from './measure-load.ts';
import type { PageSize } from './page-size.ts';
import { type Lib, median, type Plan } from './plan.ts';
import { renderMethod } from './report-method.ts';
import { ratioText } from '../../../server/bench/ratio-text.ts';

export interface RunRecord {
  date: string;
  chromium: string;
  machine: string;
  durationS: number;
  quick: boolean;
  libs: Lib[];
  plan: Plan;
  /** Keyed `${cpuRate}|${size}|${libId}`. */
  samples: Map<string, LoadSample[]>;
  /** Keyed by page: lib ids, `react-bare`, `resident`. */
  sizes: Record<string, PageSize>;
  /** `/a/health-code` from the real server on a weak network, when measured. */
  firstVisit?: FirstVisitResult;
}

type Metric = (s: LoadSample) => number[];
const METRICS = {
  mount: (s) => [s.mountMs],
  sinceNavigation: (s) => [s.sinceNavigationMs],
  heap: (s) => [s.heapBytes / 1e6],
  keystroke: (s) => s.keystrokeMs,
  reveal: (s) => s.revealMs,
  hide: (s) => s.hideMs,
} satisfies Record<string, Metric>;
type MetricName = keyof typeof METRICS;

const LARGEST = Math.max(...FORM_SIZES);
/** Issue #16: Sprout's mount at 1000 fields at most 0.4 × RJSF's, at CPU ×1 and ×4. */
const MOUNT_LIMIT = 0.4;
/** Issue #16: first usable input on a weak network and a cheap phone. */
const FIRST_VISIT = { coldMs: 1200, warmMs: 600, coldKB: 130 };

function value(r: RunRecord, rate: number, size: number, lib: string, metric: MetricName): number {
  return median((r.samples.get(`${rate}|${size}|${lib}`) ?? []).flatMap(METRICS[metric]));
}

function count(r: RunRecord, rate: number, size: number, lib: string, metric: MetricName): number {
  return (r.samples.get(`${rate}|${size}|${lib}`) ?? []).flatMap(METRICS[metric]).length;
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const kb = (bytes: number) => fmt(bytes / 1024, 1);

function verdict(actual: number, limit: number, unit: string, digits = 0): string {
  if (!Number.isFinite(actual) || !Number.isFinite(limit)) return 'not measured';
  if (actual <= limit)
    return `**met** (${fmt(actual, digits)} ≤ ${fmt(limit, digits)} ${unit}, ${fmt((1 - actual / limit) * 100)}% under)`;
  return `**missed** by ${fmt(actual - limit, digits)} ${unit} (${fmt(actual, digits)} vs ${fmt(limit, digits)}; ${ratioText(actual / limit)} the limit)`;
}

function targetRows(r: RunRecord, rate: number): string[] {
  const at = (lib: string, m: MetricName) => value(r, rate, LARGEST, lib, m);
  const leanerPeer = Math.min(at('rjsf', 'heap'), at('surveyjs', 'heap'));
  const cpu = `×${rate}`;
  return [
    `| mount, ${LARGEST} fields | ${cpu} | ≤ 0.4 × react-jsonschema-form | ${verdict(at('sprout', 'mount'), at('rjsf', 'mount') * MOUNT_LIMIT, 'ms', 1)} (${ratioText(at('sprout', 'mount') / at('rjsf', 'mount'))}) |`,
    `| keystroke, ${LARGEST} fields | ${cpu} | ≤ 1.3 × plain DOM | ${verdict(at('sprout', 'keystroke'), at('plain', 'keystroke') * 1.3, 'ms', 1)} |`,
    `| condition toggle (reveal), ${LARGEST} fields | ${cpu} | ≤ 1.3 × plain DOM | ${verdict(at('sprout', 'reveal'), at('plain', 'reveal') * 1.3, 'ms', 1)} |`,
    `| JS heap after mount, ${LARGEST} fields | ${cpu} | ≤ the leaner peer | ${verdict(at('sprout', 'heap'), leanerPeer, 'MB', 1)} |`,
  ];
}

function renderTargets(r: RunRecord): string {
  const resident = r.sizes.resident?.gzipBytes ?? Number.NaN;
  const survey = r.sizes.surveyjs?.gzipBytes ?? Number.NaN;
  const sizeRow = `| resident page JS, gzipped | – | ≤ ⅓ of the SurveyJS page | ${verdict(resident / 1024, survey / 3 / 1024, 'KB', 1)} |`;
  const missing = r.libs.some((l) => l.id === 'sprout')
    ? ''
    : '\n_Sprout was not measured in this run: its bench page did not build (no `AppRenderer` export yet)._\n';
  return [
    '## Targets (ratios within this run)',
    r.libs.length ? missing : '',
    '| target | CPU | limit | result |',
    '| --- | --- | --- | --- |',
    ...(r.libs.length ? r.plan.cpuRates.flatMap((rate) => targetRows(r, rate)) : []),
    ...(r.libs.length ? [sizeRow] : []),
    ...firstVisitTargets(r.firstVisit),
  ].join('\n');
}

function firstVisitTargets(v: FirstVisitResult | undefined): string[] {
  if (!v) return [];
  const page = `\`${v.path}\`, weak network`;
  return [
    `| ${page}: first usable input, cold | ×${WEAK_PHONE.cpuRate} | ≤ ${FIRST_VISIT.coldMs} ms | ${verdict(medianOf(v.cold, 'firstInputMs'), FIRST_VISIT.coldMs, 'ms')} |`,
    `| ${page}: first usable input, warm | ×${WEAK_PHONE.cpuRate} | ≤ ${FIRST_VISIT.warmMs} ms | ${verdict(medianOf(v.warm, 'firstInputMs'), FIRST_VISIT.warmMs, 'ms')} |`,
    `| ${page}: transferred until then, cold | – | ≤ ${FIRST_VISIT.coldKB} KB | ${verdict(medianOf(v.cold, 'bytes') / 1024, FIRST_VISIT.coldKB, 'KB', 1)} |`,
  ];
}

function renderFirstVisit(v: FirstVisitResult | undefined): string[] {
  if (!v) return [];
  const row = (label: string, samples: typeof v.cold) =>
    `| ${label} | ${fmt(medianOf(samples, 'firstInputMs'))} | ${samples.map((s) => fmt(s.firstInputMs)).join(', ')} | ${kb(medianOf(samples, 'bytes'))} | ${fmt(medianOf(samples, 'readyMs'))} |`;
  return [
    [
      `### First visit to \`${v.path}\` (${WEAK_PHONE.latencyMs} ms RTT, ${WEAK_PHONE.downBitsPerS / 1e6} Mbps down, ${WEAK_PHONE.upBitsPerS / 1e3} kbps up, CPU ×${WEAK_PHONE.cpuRate})`,
      '',
      '| visit | first usable input, ms (median) | each load, ms | KB on the wire until then (median) | scripts took over, ms (median) |',
      '| --- | --- | --- | --- | --- |',
      row('cold (empty caches)', v.cold),
      row('warm (second visit, offline worker installed)', v.warm),
    ].join('\n'),
  ];
}

function renderMount(r: RunRecord, rate: number): string {
  const head = `| library | ${r.plan.sizes.map((n) => `${n} fields`).join(' | ')} | ${LARGEST} fields, from navigation start | loads |`;
  const rows = r.libs.map((lib) => {
    const cells = r.plan.sizes.map((n) => fmt(value(r, rate, n, lib.id, 'mount')));
    const nav = fmt(value(r, rate, LARGEST, lib.id, 'sinceNavigation'));
    return `| ${lib.label} | ${cells.join(' | ')} | ${nav} | ${count(r, rate, LARGEST, lib.id, 'mount')} |`;
  });
  return [`### Mount, ms (CPU ×${rate})`, '', head, `|${' --- |'.repeat(r.plan.sizes.length + 3)}`, ...rows].join('\n');
}

function renderInteraction(r: RunRecord, rate: number): string {
  const rows = r.libs.map((lib) => {
    const cell = (m: MetricName) =>
      `${fmt(value(r, rate, LARGEST, lib.id, m), 1)} (${count(r, rate, LARGEST, lib.id, m)})`;
    return `| ${lib.label} | ${cell('keystroke')} | ${cell('reveal')} | ${cell('hide')} |`;
  });
  return [
    `### Interaction at ${LARGEST} fields, ms, median (samples) (CPU ×${rate})`,
    '',
    '| library | keystroke | condition toggle: reveal | condition toggle: hide |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function renderHeap(r: RunRecord, rate: number): string {
  const rows = r.libs.map(
    (lib) => `| ${lib.label} | ${r.plan.sizes.map((n) => fmt(value(r, rate, n, lib.id, 'heap'), 1)).join(' | ')} |`,
  );
  return [
    `### JS heap after mount and GC, MB (CPU ×${rate})`,
    '',
    `| library | ${r.plan.sizes.map((n) => `${n} fields`).join(' | ')} |`,
    `|${' --- |'.repeat(r.plan.sizes.length + 1)}`,
    ...rows,
  ].join('\n');
}

const PAGE_LABELS: Record<string, string> = {
  resident: 'Sprout resident page (`runtime/resident.html`, the target)',
  sprout: 'Sprout bench page (AppRenderer + harness)',
  'react-bare': 'bare React 19 page (reference)',
  rjsf: 'react-jsonschema-form page',
  surveyjs: 'SurveyJS page',
  plain: 'plain-DOM page (harness and generator only)',
};

function renderSizes(r: RunRecord): string {
  const survey = r.sizes.surveyjs?.gzipBytes ?? Number.NaN;
  const rows = Object.entries(PAGE_LABELS).flatMap(([id, label]) => {
    const size = r.sizes[id];
    if (!size) return [];
    return [
      `| ${label} | ${size.files.length} | ${kb(size.rawBytes)} | ${kb(size.gzipBytes)} | ${fmt(size.gzipBytes / survey, 2)} |`,
    ];
  });
  return [
    '### Page JS loaded at start (scripts + modulepreloads), KB',
    '',
    '| page | files | minified | gzipped | ÷ SurveyJS page |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function renderSanity(r: RunRecord): string {
  const problems: string[] = [];
  for (const [key, samples] of r.samples) {
    const [, size, lib] = key.split('|');
    const spec = generateForm(Number(size));
    const expected = spec.fields.filter((f) => !f.visibleIfFilled).length;
    const seen = [...new Set(samples.map((s) => s.shownFields))];
    if (seen.some((n) => n !== expected))
      problems.push(`- ${lib} at ${size} fields showed ${seen.join('/')} fields, expected ${expected}`);
  }
  const body = problems.length
    ? problems.join('\n')
    : 'Every library showed exactly the unconditional fields after mount.';
  return `### Equivalence check\n\n${body}`;
}

/** The results file: targets first, then every table, then how it was measured. */
export function renderReport(r: RunRecord): string {
  const perRate = (r.libs.length ? r.plan.cpuRates : []).flatMap((rate) => [
    renderMount(r, rate),
    renderInteraction(r, rate),
    renderHeap(r, rate),
  ]);
  return `${[
    '# Runtime benchmark',
    `Written by \`pnpm bench:runtime\` (bench/runtime/run.ts) on ${r.date}${r.quick ? ' — **quick run, one load each: not for quoting**' : ''}.`,
    `Chromium ${r.chromium}, headless; ${r.machine}; the run took ${fmt(r.durationS)} s. The machine is shared with other builds, so numbers are medians and the ratios matter more than absolutes.`,
    renderTargets(r),
    '## Results',
    ...perRate,
    ...renderFirstVisit(r.firstVisit),
    ...(r.libs.length ? [renderSizes(r), renderSanity(r)] : []),
    renderMethod(r.plan),
  ].join('\n\n')}\n`;
}
