import type { FieldSpec, FieldType, FormSpec } from '../generate-form.ts';

/** The slice of SurveyJS's JSON format the benchmark form uses. */
export interface SurveyJson {
  textUpdateMode: 'onTyping';
  checkErrorsMode: 'onComplete';
  elements: SurveyElement[];
}

export interface SurveyElement {
  type: string;
  name: string;
  title: string;
  inputType?: 'number' | 'date';
  choices?: Array<{ value: string; text: string }>;
  isRequired?: boolean;
  visibleIf?: string;
  expression?: string;
}

const SURVEY_TYPE: Record<FieldType, Pick<SurveyElement, 'type' | 'inputType'>> = {
  text: { type: 'text' },
  number: { type: 'text', inputType: 'number' },
  date: { type: 'text', inputType: 'date' },
  textarea: { type: 'comment' },
  select: { type: 'dropdown' },
  radio: { type: 'radiogroup' },
  checkboxes: { type: 'checkbox' },
};

function toElement(field: FieldSpec): SurveyElement {
  const element: SurveyElement = { ...SURVEY_TYPE[field.type], name: field.key, title: field.label };
  if (field.options) element.choices = field.options.map((o) => ({ value: o.value, text: o.label }));
  if (field.required) element.isRequired = true;
  if (field.visibleIfFilled) element.visibleIf = `{${field.visibleIfFilled}} notempty`;
  return element;
}

/**
 * The benchmark form as SurveyJS JSON. `textUpdateMode: 'onTyping'` makes conditions react
 * while typing, as Sprout's and the plain-DOM form do (SurveyJS's default waits for blur).
 */
export function toSurveyJson(spec: FormSpec): SurveyJson {
  const total: SurveyElement = {
    type: 'expression',
    name: spec.total.key,
    title: spec.total.label,
    expression: `sum(${spec.total.of.map((k) => `{${k}}`).join(', ')})`,
  };
  return {
    textUpdateMode: 'onTyping',
    checkErrorsMode: 'onComplete',
    elements: [...spec.fields.map(toElement), total],
  };
}
