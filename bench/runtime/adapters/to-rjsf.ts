import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { FieldSpec, FormSpec } from '../generate-form.ts';

export interface RjsfForm {
  schema: RJSFSchema;
  uiSchema: UiSchema;
}

function choices(field: FieldSpec): RJSFSchema[] {
  return (field.options ?? []).map((o) => ({ const: o.value, title: o.label }));
}

function toProperty(field: FieldSpec): RJSFSchema {
  const title = field.label;
  switch (field.type) {
    case 'number':
      return { type: 'number', title };
    case 'date':
      return { type: 'string', format: 'date', title };
    case 'select':
    case 'radio':
      return { type: 'string', title, oneOf: choices(field) };
    case 'checkboxes':
      return { type: 'array', title, uniqueItems: true, items: { type: 'string', oneOf: choices(field) } };
    default:
      return { type: 'string', title };
  }
}

const WIDGET: Partial<Record<FieldSpec['type'], string>> = {
  radio: 'radio',
  checkboxes: 'checkboxes',
  textarea: 'textarea',
};

/**
 * The benchmark form as JSON Schema + uiSchema. A field shown only when the previous one
 * is filled is a schema dependency (RJSF's idiom: the dependent property exists once the
 * controlling value is defined); `ui:order` keeps it in place instead of at the end.
 */
export function toRjsfForm(spec: FormSpec): RjsfForm {
  const properties: Record<string, RJSFSchema> = {};
  const dependencies: Record<string, RJSFSchema> = {};
  const required: string[] = [];
  const uiSchema: UiSchema = { 'ui:order': [...spec.fields.map((f) => f.key), spec.total.key] };
  for (const field of spec.fields) {
    const widget = WIDGET[field.type];
    if (widget) uiSchema[field.key] = { 'ui:widget': widget };
    if (field.visibleIfFilled) {
      dependencies[field.visibleIfFilled] = {
        properties: { [field.key]: toProperty(field) },
        ...(field.required ? { required: [field.key] } : {}),
      };
    } else {
      properties[field.key] = toProperty(field);
      if (field.required) required.push(field.key);
    }
  }
  properties[spec.total.key] = { type: 'number', title: spec.total.label, readOnly: true };
  return { schema: { type: 'object', properties, required, dependencies }, uiSchema };
}

/** The total RJSF has no expression for: recomputed from the form data on every change. */
export function sumOf(data: Record<string, unknown>, keys: readonly string[]): number {
  let total = 0;
  for (const key of keys) {
    const value = data[key];
    if (typeof value === 'number' && Number.isFinite(value)) total += value;
  }
  return total;
}

/**
 * Without this RJSF preselects the first choice of every select and radio (a `oneOf` of
 * consts), which would fill their controllers and show their dependent fields at once.
 */
export const RJSF_DEFAULT_FORM_STATE = { constAsDefaults: 'skipOneOf' } as const;
