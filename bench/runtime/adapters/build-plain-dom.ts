import type { FieldSpec, FormSpec } from '../generate-form.ts';

/**
 * The floor: the benchmark form built with DOM calls and no framework, one delegated
 * listener for conditions and the total. What the browser itself costs.
 */
export function buildPlainDomForm(spec: FormSpec, doc: Document = document): HTMLFormElement {
  const form = doc.createElement('form');
  form.noValidate = true;
  // Fields go into a fragment first: appending controls one by one to a <form> re-associates
  // them with it each time, which costs Chromium seconds at 1000 fields.
  const fields = doc.createDocumentFragment();
  const wrappers = new Map<string, HTMLElement>();
  for (const field of spec.fields) {
    const wrapper = buildField(doc, field);
    wrappers.set(field.key, wrapper);
    fields.append(wrapper);
  }
  const total = doc.createElement('output');
  total.name = spec.total.key;
  total.value = '0';
  fields.append(labelled(doc, spec.total.label, total));
  form.append(fields);
  wireLogic(form, spec, wrappers, total);
  return form;
}

function labelled(doc: Document, text: string, control: HTMLElement): HTMLElement {
  const wrapper = doc.createElement('div');
  wrapper.className = 'field';
  const label = doc.createElement('label');
  label.textContent = text;
  label.htmlFor = control.id;
  wrapper.append(label, control);
  return wrapper;
}

function buildField(doc: Document, field: FieldSpec): HTMLElement {
  const wrapper =
    field.type === 'radio' || field.type === 'checkboxes'
      ? optionGroup(doc, field)
      : labelled(doc, field.label, control(doc, field));
  if (field.visibleIfFilled) wrapper.hidden = true;
  return wrapper;
}

function control(doc: Document, field: FieldSpec): HTMLElement {
  let element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  if (field.type === 'textarea') element = doc.createElement('textarea');
  else if (field.type === 'select') element = selectOf(doc, field);
  else {
    element = doc.createElement('input');
    element.type = field.type === 'text' ? 'text' : field.type;
  }
  element.id = field.key;
  element.name = field.key;
  element.required = field.required;
  return element;
}

function selectOf(doc: Document, field: FieldSpec): HTMLSelectElement {
  const select = doc.createElement('select');
  select.append(new Option('请选择', ''));
  for (const o of field.options ?? []) select.append(new Option(o.label, o.value));
  return select;
}

function optionGroup(doc: Document, field: FieldSpec): HTMLElement {
  const fieldset = doc.createElement('fieldset');
  fieldset.className = 'field';
  const legend = doc.createElement('legend');
  legend.textContent = field.label;
  fieldset.append(legend);
  for (const [i, o] of (field.options ?? []).entries()) {
    const input = doc.createElement('input');
    input.type = field.type === 'radio' ? 'radio' : 'checkbox';
    input.name = field.key;
    input.id = `${field.key}-${i}`;
    input.value = o.value;
    if (field.required && field.type === 'radio') input.required = true;
    const label = doc.createElement('label');
    label.append(input, ` ${o.label}`);
    fieldset.append(label);
  }
  return fieldset;
}

function isFilled(form: HTMLFormElement, key: string): boolean {
  const controls = form.querySelectorAll<HTMLInputElement>(`[name="${key}"]`);
  for (const c of controls) {
    if (c.type === 'radio' || c.type === 'checkbox' ? c.checked : c.value !== '') return true;
  }
  return false;
}

function wireLogic(
  form: HTMLFormElement,
  spec: FormSpec,
  wrappers: Map<string, HTMLElement>,
  total: HTMLOutputElement,
) {
  const dependents = new Map<string, HTMLElement>();
  for (const f of spec.fields) if (f.visibleIfFilled) dependents.set(f.visibleIfFilled, wrappers.get(f.key)!);
  const summed = new Set(spec.total.of);
  form.addEventListener('input', (event) => {
    const name = (event.target as HTMLInputElement).name;
    const dependent = dependents.get(name);
    if (dependent) dependent.hidden = !isFilled(form, name);
    if (summed.has(name)) total.value = String(sumNumbers(form, spec.total.of));
  });
}

function sumNumbers(form: HTMLFormElement, keys: readonly string[]): number {
  let sum = 0;
  for (const key of keys) {
    const value = (form.elements.namedItem(key) as HTMLInputElement | null)?.valueAsNumber;
    if (value !== undefined && Number.isFinite(value)) sum += value;
  }
  return sum;
}
