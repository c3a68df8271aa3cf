type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * Answers typed into the server's markup before the scripts arrived are still in the DOM
 * after hydration (React keeps an uncontrolled input's value), and react-hook-form reads
 * them when it registers each field. What has not happened is the change itself: conditions,
 * computed fields and the draft still see an empty form. This replays one change event per
 * control that differs from its markup, through the same handlers a keystroke reaches.
 * React ignores an event whose value matches the one it last saw, so the value it tracks
 * (its setter on the element) is first set back to the markup's, then the real value restored.
 */
export function replayEarlyInput(root: ParentNode): number {
  let replayed = 0;
  for (const control of root.querySelectorAll<Control>('input, textarea, select')) {
    if (replayOne(control)) replayed++;
  }
  return replayed;
}

function replayOne(control: Control): boolean {
  if (control instanceof HTMLSelectElement) {
    const initial = [...control.options].find((o) => o.defaultSelected)?.value ?? control.options[0]?.value ?? '';
    if (control.value === initial) return false;
    control.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  }
  if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) {
    const now = control.checked;
    if (now === control.defaultChecked) return false;
    control.checked = !now;
    nativeSetter(HTMLInputElement.prototype, 'checked')?.call(control, now);
    // A plain Event, not a MouseEvent: React hears the click, the box is not toggled again.
    control.dispatchEvent(new Event('click', { bubbles: true }));
    return true;
  }
  if (control instanceof HTMLInputElement && control.type === 'file') return false;
  const now = control.value;
  if (now === control.defaultValue) return false;
  control.value = control.defaultValue;
  nativeSetter(Object.getPrototypeOf(control) as object, 'value')?.call(control, now);
  control.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
}

function nativeSetter(proto: object, key: 'value' | 'checked'): ((this: Control, v: unknown) => void) | undefined {
  return Object.getOwnPropertyDescriptor(proto, key)?.set;
}
