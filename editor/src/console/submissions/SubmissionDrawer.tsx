import type { Catalog } from '@sprout/shared/catalog';
import { isFileRef } from '@sprout/shared/catalog';
import type { AppDefinition } from '@sprout/shared/definition';
import { type Locale, localize } from '@sprout/shared/i18n';
import { WITHHELD } from '@sprout/shared/masking';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { useAsync } from '../../shell/use-async.ts';
import { type FieldColumn, fieldColumns, objectText } from '../columns.ts';
import { AsyncView } from '../States.tsx';
import type { Submission, SubmissionEvent } from '../types.ts';
import { useDivisionNames } from '../use-division-names.ts';
import { useConsoleApi } from '../use-console-api.ts';
import { DeleteSubmission } from './DeleteSubmission.tsx';
import { UnmaskBar } from './UnmaskBar.tsx';

interface DrawerProps {
  appId: string;
  submissionId: number;
  /** The app's catalog, so pack components are shown with their labels. */
  catalog?: Catalog;
  onClose(): void;
  /** After an admin deleted it: the list drops it. */
  onDeleted?(): void;
}

/** One submission in full (opening it is audited): answers with labels, files, signature, version, history. */
export function SubmissionDrawer({ appId, submissionId, catalog, onClose, onDeleted }: DrawerProps) {
  const { t, locale } = useI18n();
  const api = useConsoleApi();
  const ref = useRef<HTMLDialogElement>(null);
  const [state, retry] = useAsync(async () => {
    const s = await api.submission(appId, submissionId);
    const v = await api.version(appId, s.version);
    return { s, definition: v.definition };
  }, [api, appId, submissionId]);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={ref} className="drawer" aria-label={t('drawer.title')} onClose={onClose}>
      <div className="dialog-head">
        <h2>{t('drawer.title')}</h2>
        <button type="button" className="link" onClick={onClose} aria-label={t('common.close')}>
          ✕
        </button>
      </div>
      <AsyncView state={state} retry={retry}>
        {({ s, definition }) => (
          <>
            <UnmaskableBody appId={appId} s={s} definition={definition} locale={locale} catalog={catalog} />
            <DeleteSubmission appId={appId} submission={s} onDeleted={onDeleted ?? onClose} />
          </>
        )}
      </AsyncView>
    </dialog>
  );
}

type Detail = Submission & { history: SubmissionEvent[] };

/** The body with masked values until the official unmasks them (then with the mark). */
function UnmaskableBody(props: {
  appId: string;
  s: Detail;
  definition: AppDefinition;
  locale: Locale;
  catalog?: Catalog | undefined;
}) {
  const [whole, setWhole] = useState<Submission>();
  const s: Detail = whole ? { ...props.s, values: whole.values, masked: [] } : props.s;
  return (
    <>
      <UnmaskBar appId={props.appId} submission={props.s} unmasked={!!whole} onUnmasked={setWhole} />
      <DrawerBody {...props} s={s} />
    </>
  );
}

function DrawerBody({
  appId,
  s,
  definition,
  locale,
  catalog,
}: {
  appId: string;
  s: Submission & { history: SubmissionEvent[] };
  definition: AppDefinition;
  locale: Locale;
  catalog?: Catalog;
}) {
  const { t } = useI18n();
  const columns = fieldColumns(definition, locale, catalog);
  const divisions = useDivisionNames(
    columns.filter((c) => c.type === 'region').map((c) => String(s.values[c.name] ?? '')),
  );
  const when = (iso: string) => new Date(iso).toLocaleString(locale, { timeZone: 'Asia/Shanghai' });
  return (
    <div className="drawer-body">
      <dl className="facts">
        <dt>{t('drawer.receipt')}</dt>
        <dd className="mono">{s.receiptCode}</dd>
        <dt>{t('drawer.time')}</dt>
        <dd>{when(s.submittedAt)}</dd>
        <dt>{t('subs.col.status')}</dt>
        <dd>
          <span className={`status status-${s.status}`}>{t(`status.${s.status}` as never)}</span>
        </dd>
        <dt>{t('drawer.version')}</dt>
        <dd>v{s.version}</dd>
        {s.outcome && (
          <>
            <dt>{t('drawer.outcome')}</dt>
            <dd>
              <span className={`outcome outcome-${s.outcome.color ?? 'gray'}`}>{s.outcome.label}</span>
            </dd>
          </>
        )}
      </dl>
      <h3>{t('drawer.answers')}</h3>
      <dl className="answers">
        {columns.map((c) => (
          <div key={c.name} className="answer">
            <dt>{c.label}</dt>
            <dd>
              <Answer
                appId={appId}
                column={c}
                value={s.values[c.name]}
                definition={definition}
                locale={locale}
                divisions={divisions}
              />
            </dd>
          </div>
        ))}
      </dl>
      {(definition.computed ?? []).length > 0 && (
        <>
          <h3>{t('drawer.computed')}</h3>
          <dl className="answers">
            {(definition.computed ?? []).map((c) => (
              <div key={c.name} className="answer">
                <dt>{localize(c.label, locale) || c.name}</dt>
                <dd>{String(s.computed[c.name] ?? '—')}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <h3>{t('drawer.history')}</h3>
      <ol className="history">
        {s.history.map((h, i) => (
          <li key={`${h.at}-${i}`}>
            <span className="muted">{when(h.at)}</span> {h.actor ?? t('drawer.history.submitted')} ·{' '}
            {t(`status.${h.toStatus}` as never)}
            {h.comment && <div className="comment">{h.comment}</div>}
          </li>
        ))}
      </ol>
    </div>
  );
}

function Answer({
  appId,
  column,
  value,
  definition,
  locale,
  divisions,
}: {
  appId: string;
  column: FieldColumn;
  value: unknown;
  definition: AppDefinition;
  locale: Locale;
  divisions: Map<string, string>;
}) {
  const { t } = useI18n();
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
    return <span className="muted">{t('drawer.noAnswer')}</span>;
  }
  if (column.type === 'region' && typeof value === 'string') {
    const name = divisions.get(value);
    return <>{name ? `${name}（${value}）` : value}</>;
  }
  if (value === WITHHELD) return <span className="muted">{value}</span>;
  if (column.type === 'signature' && typeof value === 'string') {
    return <img className="signature" src={value} alt={t('drawer.signature')} />;
  }
  if (Array.isArray(value) && value.every(isFileRef)) {
    return (
      <ul className="files">
        {value.map((f) => {
          const href = `/api/v1/apps/${encodeURIComponent(appId)}/files/${encodeURIComponent(f.id)}`;
          return (
            <li key={f.id}>
              {f.type.startsWith('image/') && <img className="thumb" src={href} alt={f.name} loading="lazy" />}
              <a href={href} download={f.name}>
                {t('drawer.download')} {f.name}
              </a>{' '}
              <span className="muted small">{Math.ceil(f.size / 1024)} KB</span>
            </li>
          );
        })}
      </ul>
    );
  }
  if (column.type === 'repeat' && Array.isArray(value)) {
    return (
      <RepeatRows
        rows={value as Array<Record<string, unknown>>}
        definition={definition}
        name={column.name}
        locale={locale}
      />
    );
  }
  const label = (v: unknown) => column.options?.find((o) => o.value === v)?.label ?? String(v);
  if (typeof value === 'boolean') return <>{value ? t('cell.yes') : t('cell.no')}</>;
  if (Array.isArray(value)) return <>{value.map(label).join('、')}</>;
  if (typeof value === 'object') return <>{objectText(value as Record<string, unknown>)}</>;
  return <>{label(value)}</>;
}

/** A repeat group's rows as a small table, labels from the group's child fields. */
function RepeatRows({
  rows,
  definition,
  name,
  locale,
}: {
  rows: Array<Record<string, unknown>>;
  definition: AppDefinition;
  name: string;
  locale: Locale;
}) {
  const { t } = useI18n();
  const group = findRepeat(definition, name);
  const children = (group?.children ?? []).filter((c) => c.name);
  return (
    <table className="table repeat-table">
      <thead>
        <tr>
          <th>#</th>
          {children.map((c) => (
            <th key={c.id}>{localize(c.props?.label as never, locale) || c.name}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <td>{t('drawer.row', { n: i + 1 })}</td>
            {children.map((c) => (
              <td key={c.id}>{String(r[c.name ?? ''] ?? '')}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function findRepeat(def: AppDefinition, name: string) {
  for (const page of def.pages) {
    const stack = [...page.nodes];
    while (stack.length) {
      const n = stack.pop();
      if (n?.type === 'repeat' && n.name === name) return n;
      if (n?.children && n.type !== 'repeat') stack.push(...n.children);
    }
  }
  return undefined;
}
