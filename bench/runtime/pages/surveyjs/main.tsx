import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import 'survey-core/survey-core.css';
import { toSurveyJson } from '../../adapters/to-surveyjs.ts';
import { generateForm, sizeFromUrl } from '../../generate-form.ts';
import { runBench } from '../harness.ts';

const spec = generateForm(sizeFromUrl(location.href));
const json = toSurveyJson(spec);

/** SurveyJS marks each question's root with `data-name`; the value lives in its first input. */
function findField(key: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    `[data-name="${key}"] input:not([type="hidden"]), [data-name="${key}"] textarea, [data-name="${key}"] select`,
  );
}

runBench({
  lib: 'surveyjs',
  spec,
  findField,
  mount: () => createRoot(document.getElementById('root')!).render(<Survey model={new Model(json)} />),
});
