import { ui } from '../i18n/ui-text.ts';
import type { FieldApi } from '../renderer/field-api.ts';
import { choiceOptions } from './choice-options.ts';

const preventChange = (e: React.SyntheticEvent) => e.preventDefault();

export function SelectInput({ api }: { api: FieldApi }) {
  const options = choiceOptions(api.props, api.locale);
  return (
    <select
      className="sp-input"
      id={api.id}
      aria-required={api.required || undefined}
      aria-invalid={api.invalid || undefined}
      aria-describedby={api.describedBy}
      onKeyDown={api.readOnly ? preventChange : undefined}
      onMouseDown={api.readOnly ? preventChange : undefined}
      aria-readonly={api.readOnly || undefined}
      {...api.register()}
    >
      <option value="">{ui(api.locale, 'choose')}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** Radio buttons; rating is the same control with 1…max. Uncontrolled. */
export function RadioInput({ api }: { api: FieldApi }) {
  const options =
    api.node.type === 'rating'
      ? Array.from({ length: Number(api.props.max) || 5 }, (_, i) => ({
          value: String(i + 1),
          label: ui(api.locale, 'ratingOf', { n: i + 1, max: Number(api.props.max) || 5 }),
        }))
      : choiceOptions(api.props, api.locale);
  const reg = api.register();
  return (
    <div className={api.node.type === 'rating' ? 'sp-choices sp-rating' : 'sp-choices'}>
      {options.map((o, i) => (
        <label className="sp-choice" key={o.value}>
          <input
            type="radio"
            id={i === 0 ? api.id : undefined}
            value={o.value}
            aria-invalid={api.invalid || undefined}
            onClick={api.readOnly ? preventChange : undefined}
            {...reg}
          />
          {o.label}
        </label>
      ))}
    </div>
  );
}

/**
 * Check boxes write a list even when there is a single option (a native group would give a
 * boolean). The browser holds which boxes are ticked; one handler on the group reads them in
 * the options' order. No state and no hooks, so the renderer may call it as a plain function.
 */
export function CheckboxesInput({ api }: { api: FieldApi }) {
  const options = choiceOptions(api.props, api.locale);
  const current = api.read();
  const chosen = Array.isArray(current) ? current : [];
  // Two handlers per field, shared by its boxes.
  const onChange = (event: React.ChangeEvent<HTMLInputElement>) => {
    // React reports the change from the click, before the prevented click is undone.
    if (api.readOnly) return;
    const boxes = event.currentTarget.closest('.sp-choices')?.querySelectorAll('input') ?? [];
    api.write(options.filter((_, i) => boxes[i]?.checked).map((o) => o.value));
  };
  const onBlur = () => {
    const value = api.read();
    if (Array.isArray(value) && value.length > 0) api.check();
  };
  return (
    <div className="sp-choices">
      {options.map((o, i) => (
        <label className="sp-choice" key={o.value}>
          <input
            type="checkbox"
            id={i === 0 ? api.id : undefined}
            defaultChecked={chosen.includes(o.value)}
            aria-invalid={api.invalid || undefined}
            // A click on the box or on its text (which clicks the box) changes nothing while read-only.
            onClick={api.readOnly ? preventChange : undefined}
            onChange={onChange}
            onBlur={onBlur}
          />
          {o.label}
        </label>
      ))}
    </div>
  );
}

export function SwitchInput({ api }: { api: FieldApi }) {
  return (
    <input
      type="checkbox"
      className="sp-switch"
      id={api.id}
      aria-describedby={api.describedBy}
      aria-invalid={api.invalid || undefined}
      onClick={api.readOnly ? preventChange : undefined}
      {...api.register()}
    />
  );
}
