import { AppRenderer } from '@sprout/runtime';
import { createRoot } from 'react-dom/client';
import { toSproutDefinition } from '../../adapters/to-sprout.ts';
import { generateForm, sizeFromUrl } from '../../generate-form.ts';
import { runBench } from '../harness.ts';

const spec = generateForm(sizeFromUrl(location.href));
const definition = toSproutDefinition(spec);

/** The runtime ids a field's first control `f-<path>` (its `domIdFor`); checkbox groups carry no name. */
function findField(key: string): HTMLElement | null {
  return document.getElementById(`f-${key}`) ?? document.querySelector<HTMLElement>(`[name="${key}"]`);
}

runBench({
  lib: 'sprout',
  spec,
  findField,
  mount: () =>
    createRoot(document.getElementById('root')!).render(
      <AppRenderer definition={definition} locale="zh-CN" onSubmit={() => undefined} />,
    ),
});
