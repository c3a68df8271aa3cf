import { type AppSettings, localize, type OncePer } from '@sprout/shared';
import { type ReactNode, useMemo } from 'react';
import { type MessageKey, useI18n } from '../../i18n/index.tsx';
import { useEditor } from '../../store/index.ts';
import { questionsFor } from '../logic/questions.ts';
import { SubmitterOrgs } from './SubmitterOrgs.tsx';

/** The app's title and description, and who may submit, how often, review, result codes, retention and consent. */
export function SettingsPanel() {
  const { t, locale } = useI18n();
  const meta = useEditor((s) => s.definition.meta);
  const settings = useEditor((s) => s.definition.settings);
  const definition = useEditor((s) => s.definition);
  // Officials pick questions by their labels; the key is what is stored.
  const fields = useMemo(() => questionsFor(definition, locale).filter((q) => !q.computed), [definition, locale]);
  const dispatch = useEditor((s) => s.dispatch);
  const set = (patch: Partial<AppSettings>) => dispatch({ kind: 'update-settings', patch });
  const fieldSelect = (value: string | undefined, onChange: (v: string | undefined) => void) => (
    <select value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
      <option value="">{t('common.none')}</option>
      {fields.map((q) => (
        <option key={q.name} value={q.name}>
          {q.label === q.name ? q.label : `${q.label}（${q.name}）`}
        </option>
      ))}
    </select>
  );
  return (
    <div className="settings">
      <h2>{t('settings.title')}</h2>
      <Field label="settings.appTitle">
        <input
          value={localize(meta.title, locale)}
          onChange={(e) => dispatch({ kind: 'update-meta', patch: { title: e.target.value } })}
        />
      </Field>
      <Field label="settings.description">
        <textarea
          rows={3}
          value={localize(meta.description, locale)}
          onChange={(e) => dispatch({ kind: 'update-meta', patch: { description: e.target.value } })}
        />
      </Field>
      <Field label="settings.submitters">
        <select
          value={settings.submitters}
          onChange={(e) => set({ submitters: e.target.value as AppSettings['submitters'] })}
        >
          <option value="anyone">{t('settings.submitters.anyone')}</option>
          <option value="signed-in">{t('settings.submitters.signed-in')}</option>
        </select>
      </Field>
      {settings.submitters === 'signed-in' && (
        <SubmitterOrgs value={settings.submitterOrgs} onChange={(submitterOrgs) => set({ submitterOrgs })} />
      )}
      <Check label="settings.anonymous" checked={settings.anonymous} onChange={(anonymous) => set({ anonymous })} />
      <Field label="settings.oncePer">
        <select value={settings.oncePer} onChange={(e) => set({ oncePer: e.target.value as OncePer })}>
          {(['none', 'device', 'account', 'field'] as const).map((o) => (
            <option key={o} value={o}>
              {t(`settings.oncePer.${o}`)}
            </option>
          ))}
        </select>
      </Field>
      {settings.oncePer === 'field' && (
        <Field label="settings.onceField">{fieldSelect(settings.onceField, (onceField) => set({ onceField }))}</Field>
      )}
      <Check
        label="settings.review"
        checked={settings.review.required}
        onChange={(required) => set({ review: { ...settings.review, required } })}
      />
      {settings.review.required && (
        <FieldChecks
          label="settings.reviewFields"
          fields={fields}
          chosen={settings.review.displayFields ?? []}
          onChange={(displayFields) =>
            set({ review: { ...settings.review, displayFields: displayFields.length ? displayFields : undefined } })
          }
        />
      )}
      {settings.review.required && (
        <Field label="settings.reviewDays">
          <input
            type="number"
            min={1}
            value={settings.review.timeLimitDays ?? ''}
            onChange={(e) =>
              set({
                review: { ...settings.review, timeLimitDays: e.target.value ? Number(e.target.value) : undefined },
              })
            }
          />
        </Field>
      )}
      <Check
        label="settings.resultCode"
        checked={settings.resultCode.issue}
        onChange={(issue) => set({ resultCode: { ...settings.resultCode, issue } })}
      />
      {settings.resultCode.issue && (
        <>
          <Field label="settings.validHours">
            <input
              type="number"
              min={1}
              value={settings.resultCode.validHours ?? ''}
              onChange={(e) =>
                set({
                  resultCode: {
                    ...settings.resultCode,
                    validHours: e.target.value ? Number(e.target.value) : undefined,
                  },
                })
              }
            />
          </Field>
          <Field label="settings.subjectField">
            {fieldSelect(settings.resultCode.subjectField, (subjectField) =>
              set({ resultCode: { ...settings.resultCode, subjectField } }),
            )}
          </Field>
          <Field label="settings.displayNameField">
            {fieldSelect(settings.resultCode.displayNameField, (displayNameField) =>
              set({ resultCode: { ...settings.resultCode, displayNameField } }),
            )}
          </Field>
        </>
      )}
      <Field label="settings.retentionDays">
        <input
          type="number"
          min={1}
          value={settings.retentionDays}
          onChange={(e) => set({ retentionDays: Number(e.target.value) })}
        />
      </Field>
      <Field label="settings.consentText">
        <textarea
          rows={4}
          value={localize(settings.consentText, locale)}
          onChange={(e) => set({ consentText: e.target.value })}
        />
      </Field>
    </div>
  );
}

function Field({ label, children }: { label: MessageKey; children: ReactNode }) {
  const { t } = useI18n();
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: children is always the labelled control
    <label className="field">
      <span>{t(label)}</span>
      {children}
    </label>
  );
}

function Check({ label, checked, onChange }: { label: MessageKey; checked: boolean; onChange(v: boolean): void }) {
  const { t } = useI18n();
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {t(label)}
    </label>
  );
}

/** Questions picked by label (the key only as a small hint), kept in the form's order. */
function FieldChecks({
  label,
  fields,
  chosen,
  onChange,
}: {
  label: MessageKey;
  fields: Array<{ name: string; label: string }>;
  chosen: string[];
  onChange(next: string[]): void;
}) {
  const { t } = useI18n();
  const toggle = (name: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(name);
    else next.delete(name);
    onChange(fields.map((f) => f.name).filter((n) => next.has(n)));
  };
  return (
    <fieldset className="field field-checks">
      <legend>{t(label)}</legend>
      {fields.map((q) => (
        <label key={q.name} className="check">
          <input type="checkbox" checked={chosen.includes(q.name)} onChange={(e) => toggle(q.name, e.target.checked)} />{' '}
          {q.label}
          {q.label !== q.name && <span className="muted small"> {q.name}</span>}
        </label>
      ))}
    </fieldset>
  );
}
