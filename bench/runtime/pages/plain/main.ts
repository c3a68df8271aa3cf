import { buildPlainDomForm } from '../../adapters/build-plain-dom.ts';
import { generateForm, sizeFromUrl } from '../../generate-form.ts';
import { runBench } from '../harness.ts';
import './plain.css';

const spec = generateForm(sizeFromUrl(location.href));
const root = document.getElementById('root')!;

runBench({
  lib: 'plain-dom',
  spec,
  findField: (key) => document.querySelector<HTMLElement>(`[name="${key}"]`),
  mount: () => root.append(buildPlainDomForm(spec)),
});
