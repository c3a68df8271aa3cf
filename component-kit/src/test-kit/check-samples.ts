import type { Issue } from '@sprout/shared';
import { catalogWithPacks, type PackManifest } from '@sprout/shared/catalog/pack';
import { type AppDefinition, DEFAULT_SETTINGS } from '@sprout/shared/definition';
import type { Locale } from '@sprout/shared/i18n';
import { validateSubmission } from '@sprout/shared/submission';

export interface SampleValues {
  /** Values the component must accept. */
  valid: readonly unknown[];
  /** Values it must refuse. */
  invalid: readonly unknown[];
}

export interface SampleReport {
  ok: boolean;
  /** Valid samples the validation refused, with what it said. */
  wronglyRefused: Array<{ value: unknown; issues: Issue[] }>;
  /** Invalid samples it let through. */
  wronglyAccepted: unknown[];
  /** What each invalid sample was refused with, for checking the messages read well. */
  messages: Array<{ value: unknown; message: string }>;
}

/**
 * Runs sample values through shared's `validateSubmission`, the code the server runs on
 * every submission (and the resident's phone before sending), with the pack in the catalog.
 * @example checkSampleValues(manifest, 'acme.plateNumber', { valid: ['浙A12345'], invalid: ['浙A1234'] }).ok // true
 */
export function checkSampleValues(
  manifest: PackManifest,
  type: string,
  samples: SampleValues,
  options: { props?: Record<string, unknown>; locale?: Locale } = {},
): SampleReport {
  const catalog = catalogWithPacks([{ manifest }]);
  const definition = oneFieldApp(type, options.props ?? {});
  const check = (value: unknown) =>
    validateSubmission(definition, { field: value }, { catalog, locale: options.locale ?? 'zh-CN' });
  const report: SampleReport = { ok: true, wronglyRefused: [], wronglyAccepted: [], messages: [] };
  for (const value of samples.valid) {
    const r = check(value);
    if (!r.ok) report.wronglyRefused.push({ value, issues: r.issues });
  }
  for (const value of samples.invalid) {
    const r = check(value);
    if (r.ok) report.wronglyAccepted.push(value);
    else report.messages.push({ value, message: r.issues[0]?.message ?? '' });
  }
  report.ok = report.wronglyRefused.length === 0 && report.wronglyAccepted.length === 0;
  return report;
}

/** An app with one required field of the component, as a builder would make it. */
export function oneFieldApp(type: string, props: Record<string, unknown>): AppDefinition {
  return {
    schemaVersion: 2,
    meta: { title: 'test' },
    pages: [{ id: 'p', nodes: [{ id: 'n', type, name: 'field', required: true, props }] }],
    settings: structuredClone(DEFAULT_SETTINGS),
  };
}
