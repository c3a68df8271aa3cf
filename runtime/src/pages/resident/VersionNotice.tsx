import type { Catalog } from '@sprout/shared/catalog';
import type { AppDefinition } from '@sprout/shared/definition';
import { type Locale, type LocalizedText, localize } from '@sprout/shared/i18n';
import type { QueuedSubmission } from '../../offline/submission-queue.ts';
import { answersThatFit, describeChanges, fieldSummary, type VersionChanges } from '../../offline/version-change.ts';
import { ui } from '../../i18n/ui-text.ts';

/** A submission the server refused for an older version, fitted to the version on screen now. */
export interface CarriedOver {
  keys: string[];
  values: Record<string, unknown>;
  changes: VersionChanges;
}

/**
 * The newest held submission of this app, with the answers that still fit the current
 * definition and what changed since the version it was filled in. None while the page
 * still shows a version older than the one the server named: it is about to reload.
 */
export function carryOver(
  definition: AppDefinition,
  catalog: Catalog,
  version: number,
  held: QueuedSubmission[],
): CarriedOver | undefined {
  const latest = held.filter((h) => (h.held?.currentVersion ?? 0) <= version).at(-1);
  if (!latest) return undefined;
  const values = answersThatFit(definition, catalog, latest.values);
  const changes = describeChanges(latest.asked ?? {}, fieldSummary(definition, catalog), latest.values, values);
  return { keys: held.map((h) => h.key), values, changes };
}

const list = (labels: LocalizedText[], locale: Locale) =>
  labels.map((l) => localize(l, locale)).join(locale === 'en' ? ', ' : '、');

interface VersionNoticeProps {
  carried: CarriedOver;
  locale: Locale;
  onClear(): void;
}

/** Says the form changed under the resident, what changed, and that their answers wait below to be checked. */
export function VersionNotice({ carried, locale, onClear }: VersionNoticeProps) {
  const { added, removed, changed } = carried.changes;
  const lines: Array<[string, LocalizedText[]]> = [
    [ui(locale, 'versionAdded'), added],
    [ui(locale, 'versionChanged'), changed],
    [ui(locale, 'versionRemoved'), removed],
  ];
  return (
    <div className="sp-app">
      <div className="sp-notice sp-notice-warning" role="alert" data-testid="version-changed">
        <p>{ui(locale, 'versionUpdated')}</p>
        {lines.some(([, labels]) => labels.length > 0) && (
          <ul>
            {lines
              .filter(([, labels]) => labels.length > 0)
              .map(([title, labels]) => (
                <li key={title}>
                  {title}
                  {list(labels, locale)}
                </li>
              ))}
          </ul>
        )}
        <button type="button" className="sp-link" onClick={onClear}>
          {ui(locale, 'draftClear')}
        </button>
      </div>
    </div>
  );
}
