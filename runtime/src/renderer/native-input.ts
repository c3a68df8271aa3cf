/**
 * Native controls stay uncontrolled and tell the form's store their answer as it changes.
 *
 * This replaces react-hook-form's `register` for them: `register` keeps a record and a DOM
 * reference per control and copies every default into the DOM at mount, which cost a
 * thousand-field form about a sixth of its mount time. The store stays react-hook-form's
 * (`getValues` / `setValue`); only what a control needs is set up, and only when needed.
 */

/** What a widget spreads onto its native input, select or textarea (or onto each radio of a group). */
export interface NativeInputProps {
  name: string;
  onChange(event: React.ChangeEvent<HTMLElement>): void;
  onBlur(event: React.FocusEvent<HTMLElement>): void;
  /** Only when the store already holds an answer (a restored draft, a field shown again): puts it in the control. */
  ref?: (element: HTMLElement | null) => void;
}

export interface NativeInputOptions {
  name: string;
  /** The answer now in the store, `undefined` when there is none. */
  current: unknown;
  /** Stores the control's new answer. */
  store(value: unknown): void;
  /** Runs after the answer is stored (re-checks a field showing an error). */
  afterChange?(): void;
  afterBlur?(): void;
}

/**
 * Props that tie one native control to its answer.
 * @example <input {...nativeInputProps({ name: 'age', current: undefined, store: (v) => form.setValue('age', v) })} />
 */
export function nativeInputProps(options: NativeInputOptions): NativeInputProps {
  const { name, current, store, afterChange, afterBlur } = options;
  const props: NativeInputProps = {
    name,
    onChange: (event) => {
      store(controlValue(event.target));
      afterChange?.();
    },
    onBlur: () => afterBlur?.(),
  };
  if (current !== undefined) props.ref = (element) => element && showValue(element, current);
  return props;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * The answer a control holds, as react-hook-form read it: the text (or selected value), the
 * checked radio's value (null when none), a lone check box's checked state.
 */
export function controlValue(target: EventTarget): unknown {
  const control = target as Control;
  if (control.type === 'radio') return (control as HTMLInputElement).checked ? control.value : null;
  if (control.type === 'checkbox') return (control as HTMLInputElement).checked;
  return control.value;
}

/** Puts a stored answer into a control that has just been created. */
export function showValue(element: HTMLElement, value: unknown): void {
  const control = element as Control;
  if (control.type === 'radio') (control as HTMLInputElement).checked = control.value === String(value);
  else if (control.type === 'checkbox') (control as HTMLInputElement).checked = value === true;
  else if ('value' in control) control.value = value === null ? '' : String(value);
}
