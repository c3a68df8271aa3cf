import { FORM_SIZES } from '../generate-form.ts';

export interface Lib {
  id: string;
  label: string;
  role: 'sprout' | 'peer' | 'floor';
}

export const LIBS: Lib[] = [
  { id: 'plain', label: 'plain DOM (floor)', role: 'floor' },
  { id: 'sprout', label: 'Sprout runtime', role: 'sprout' },
  { id: 'rjsf', label: 'react-jsonschema-form', role: 'peer' },
  { id: 'surveyjs', label: 'SurveyJS', role: 'peer' },
];

export interface Plan {
  cpuRates: number[];
  sizes: number[];
  /** Fresh page loads per library, form size and CPU rate. */
  loads(size: number, cpuRate: number): number;
  /** Key presses and show/hide toggles per load; only the largest form is probed. */
  keystrokes(size: number, cpuRate: number): number;
  toggles(size: number, cpuRate: number): number;
  /** Per load and kind of probe: a library slower than this gets fewer samples, so one peer cannot take the run over. */
  probeBudgetMs: number;
  timeoutMs: number;
}

const LARGEST = Math.max(...FORM_SIZES);

/**
 * The full run: about ten minutes on two busy cores, so the slow cases (1000 fields, CPU ×4,
 * where SurveyJS takes tens of seconds per load) get fewer loads. `quick` is one load each.
 */
export function createPlan(options: { quick: boolean; cpuRates?: number[]; sizes?: number[] }): Plan {
  const quick = options.quick;
  const pick = (size: number, rate: number, small: [number, number], large: [number, number]) => {
    const [asIs, throttled] = size === LARGEST ? large : small;
    return rate === 1 ? asIs : throttled;
  };
  return {
    cpuRates: options.cpuRates ?? [1, 4],
    sizes: options.sizes ?? [...FORM_SIZES],
    // Mount at the largest size is a target, and one load's mount swings by a third on shared
    // cores: its median takes more loads than the smaller sizes'.
    loads: (size, rate) => (quick ? 1 : pick(size, rate, [3, 2], [5, 4])),
    keystrokes: (size, rate) => (size !== LARGEST ? 0 : quick ? 5 : pick(size, rate, [0, 0], [10, 5])),
    toggles: (size, rate) => (size !== LARGEST ? 0 : quick ? 2 : pick(size, rate, [0, 0], [3, 2])),
    probeBudgetMs: 20_000,
    timeoutMs: 180_000,
  };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
