import Form from '@rjsf/core';
import type { IChangeEvent } from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { RJSF_DEFAULT_FORM_STATE, sumOf, toRjsfForm } from '../../adapters/to-rjsf.ts';
import { generateForm, sizeFromUrl } from '../../generate-form.ts';
import { runBench } from '../harness.ts';

const spec = generateForm(sizeFromUrl(location.href));
const { schema, uiSchema } = toRjsfForm(spec);

/** RJSF has no computed values: the total is written back into the form data on each change. */
function BenchForm() {
  const [formData, setFormData] = useState<Record<string, unknown>>({});
  const onChange = (event: IChangeEvent<Record<string, unknown>>) =>
    setFormData({ ...event.formData, [spec.total.key]: sumOf(event.formData ?? {}, spec.total.of) });
  return (
    <Form
      schema={schema}
      uiSchema={uiSchema}
      validator={validator}
      formData={formData}
      onChange={onChange}
      experimental_defaultFormStateBehavior={RJSF_DEFAULT_FORM_STATE}
    />
  );
}

/** RJSF ids are `root_<key>`; option groups number their inputs `root_<key>-0`, … */
function findField(key: string): HTMLElement | null {
  return document.getElementById(`root_${key}`) ?? document.getElementById(`root_${key}-0`);
}

runBench({
  lib: 'rjsf',
  spec,
  findField,
  mount: () => createRoot(document.getElementById('root')!).render(<BenchForm />),
});
