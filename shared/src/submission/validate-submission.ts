import type { Catalog } from '../catalog/catalog.ts';
import { coreCatalog } from '../catalog/catalog.ts';
import { numberProp } from '../catalog/props.ts';
import type { AppDefinition, AppNode } from '../definition/types.ts';
import { type Clock, defaultClock } from '../expr/dates.ts';
import { createScope, type Scope } from '../expr/scope.ts';
import { isEmpty, isPlainRecord } from '../expr/values.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.ts';
import { message } from '../i18n/messages.ts';
import { fail, type Issue, ok, type Result } from '../result.ts';
import { checkRules } from './check-rules.ts';
import { evaluateComputed } from './computed.ts';
import { conditionHolds, isShown, type LogicOptions } from './visibility.ts';

export interface SubmissionOptions {
  catalog?: Catalog;
  locale?: Locale;
  clock?: Clock;
}

/** What survives validation: the answers of visible fields only, and the computed values. */
export interface CleanSubmission {
  values: Record<string, unknown>;
  computed: Record<string, unknown>;
}

interface Pass {
  catalog: Catalog;
  locale: Locale;
  logic: LogicOptions;
  issues: Issue[];
}

// Hiding a field can change a computed value that shows or hides another; a few
// rounds settle any real form, and the bound keeps a pathological one finite.
const MAX_ROUNDS = 4;

/**
 * Validates answers against a definition exactly as the server enforces them:
 * hidden fields are stripped, computed values evaluated, then every visible field checked.
 * @example
 * const r = validateSubmission(def, { temperature: '36.5' });
 * if (!r.ok) r.issues // [{ path: 'name', message: '此项为必填项' }]
 */
export function validateSubmission(
  definition: AppDefinition,
  input: unknown,
  options: SubmissionOptions = {},
): Result<CleanSubmission> {
  if (!isPlainRecord(input))
    return fail([{ path: '', message: message(options.locale ?? DEFAULT_LOCALE, 'type.object') }]);
  // One reading of the clock for the whole call: every formula sees the same today.
  const clock = options.clock ?? defaultClock();
  const base: Omit<Pass, 'issues'> = {
    catalog: options.catalog ?? coreCatalog,
    locale: options.locale ?? DEFAULT_LOCALE,
    logic: { clock },
  };
  let clean: Record<string, unknown> = input;
  let cleanText = JSON.stringify(clean);
  let computed = evaluateComputed(definition, clean, clock);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const pass: Pass = { ...base, issues: [] };
    const next = collectPages(definition, input, clean, computed, pass);
    // A pass whose output equals its input saw the same visibility it produced: settled,
    // and its computed values are its input's (the same answers at the same clock), so
    // they are not evaluated again.
    const nextText = JSON.stringify(next);
    const settled = nextText === cleanText;
    if (!settled) computed = evaluateComputed(definition, next, clock);
    clean = next;
    cleanText = nextText;
    if (settled || round === MAX_ROUNDS - 1) {
      return pass.issues.length > 0 ? fail(pass.issues) : ok({ values: clean, computed });
    }
  }
  throw new Error('unreachable: the loop returns on its last round');
}

function collectPages(
  definition: AppDefinition,
  input: Record<string, unknown>,
  previous: Record<string, unknown>,
  computed: Record<string, unknown>,
  pass: Pass,
): Record<string, unknown> {
  const scope = createScope(computed, createScope(previous));
  const out: Record<string, unknown> = {};
  for (const page of definition.pages) {
    if (isShown(page.visibleWhen, scope, pass.logic)) collectNodes(page.nodes, input, previous, scope, out, '', pass);
  }
  return out;
}

function collectNodes(
  nodes: readonly AppNode[],
  input: Record<string, unknown>,
  previous: Record<string, unknown>,
  scope: Scope,
  out: Record<string, unknown>,
  prefix: string,
  pass: Pass,
): void {
  for (const node of nodes) {
    if (!isShown(node.visibleWhen, scope, pass.logic)) continue;
    const manifest = pass.catalog.get(node.type);
    if (!manifest) continue;
    if (manifest.repeats && node.name)
      collectRepeat(node, input[node.name], previous[node.name], scope, out, prefix, pass);
    else if (manifest.role === 'input' && node.name) collectField(node, input[node.name], scope, out, prefix, pass);
    else if (node.children) collectNodes(node.children, input, previous, scope, out, prefix, pass);
  }
}

function collectField(
  node: AppNode,
  raw: unknown,
  scope: Scope,
  out: Record<string, unknown>,
  prefix: string,
  pass: Pass,
): void {
  const manifest = pass.catalog.get(node.type);
  const name = node.name as string;
  const props = node.props ?? {};
  const value = manifest?.normalize ? manifest.normalize(raw, props) : raw;
  const path = `${prefix}${name}`;
  if (isEmpty(value)) {
    if (isRequired(node, scope, pass))
      pass.issues.push({ path, message: message(pass.locale, 'required'), code: 'required' });
    return;
  }
  out[name] = value;
  const problem = manifest?.validate?.(value, props);
  if (problem) {
    const at = problem.params?.at;
    const where = typeof at === 'string' && at !== '' ? `${path}${at.startsWith('[') ? '' : '.'}${at}` : path;
    pass.issues.push({ path: where, message: message(pass.locale, problem.code, problem.params), code: problem.code });
    return;
  }
  const failed = checkRules(value, node.validations ?? [], scope, pass.locale, pass.logic);
  if (failed) pass.issues.push({ path, message: failed, code: 'rule' });
}

function isRequired(node: AppNode, scope: Scope, pass: Pass): boolean {
  return node.required === true || conditionHolds(node.requiredWhen, scope, pass.logic);
}

function collectRepeat(
  node: AppNode,
  raw: unknown,
  previous: unknown,
  scope: Scope,
  out: Record<string, unknown>,
  prefix: string,
  pass: Pass,
): void {
  const name = node.name as string;
  const path = `${prefix}${name}`;
  const rows = raw === undefined || raw === null ? [] : raw;
  if (!Array.isArray(rows) || !rows.every(isPlainRecord)) {
    pass.issues.push({ path, message: message(pass.locale, 'type.list'), code: 'type.list' });
    return;
  }
  const props = node.props ?? {};
  const min = Math.max(numberProp(props, 'minRows') ?? 0, isRequired(node, scope, pass) ? 1 : 0);
  const max = numberProp(props, 'maxRows');
  if (rows.length < min) {
    const code = rows.length === 0 && (numberProp(props, 'minRows') ?? 0) < 1 ? 'required' : 'repeat.minRows';
    pass.issues.push({ path, message: message(pass.locale, code, { min }), code });
  }
  if (max !== undefined && rows.length > max) {
    pass.issues.push({ path, message: message(pass.locale, 'repeat.maxRows', { max }), code: 'repeat.maxRows' });
  }
  const previousRows = Array.isArray(previous) ? previous : [];
  out[name] = rows.map((row, i) => {
    const prevRow = isPlainRecord(previousRows[i]) ? previousRows[i] : row;
    const rowScope = createScope(prevRow, scope);
    const cleanRow: Record<string, unknown> = {};
    collectNodes(node.children ?? [], row, prevRow, rowScope, cleanRow, `${path}[${i}].`, pass);
    return cleanRow;
  });
}
