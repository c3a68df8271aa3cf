// @vitest-environment happy-dom
import { CORE_MANIFESTS, createCatalog } from '@sprout/shared/catalog';
import type { AppDefinition } from '@sprout/shared/definition';
import { DEFAULT_SETTINGS } from '@sprout/shared/definition';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppRenderer } from '../renderer/AppRenderer.tsx';
import { packFieldFor } from './pack-field-for.ts';
import type { PackWidgetRef } from './pack-widget-ref.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Widgets as real ES modules (data: URLs), imported by the same dynamic import() the page uses.
const moduleUrl = (source: string) => `data:text/javascript,${encodeURIComponent(source)}`;
const ECHO = moduleUrl('export default (p) => ["plate", p.value ?? "", p.ids.input, p.locale].join(":");');
const THROWS = moduleUrl('export default () => { throw new Error("vendor bug"); };');
const NOT_A_WIDGET = moduleUrl('export const x = 1;');
const MISSING = 'http://127.0.0.1:9/missing-widget.js';

const text = CORE_MANIFESTS.find((m) => m.type === 'text')!;
const catalog = createCatalog([...CORE_MANIFESTS, { ...text, type: 'acme.plateNumber' }]);
const definition: AppDefinition = {
  schemaVersion: 2,
  meta: { title: 't' },
  pages: [
    {
      id: 'p',
      nodes: [
        { id: 'n-plate', type: 'acme.plateNumber', name: 'plate', props: { label: '车牌号' } },
        { id: 'n-name', type: 'text', name: 'name', props: { label: '姓名' } },
      ],
    },
  ],
  settings: structuredClone(DEFAULT_SETTINGS),
};

const ref = (over: Partial<PackWidgetRef>): PackWidgetRef => ({
  type: 'acme.plateNumber',
  title: { 'zh-CN': '车牌号', en: 'Plate number' },
  pack: '@acme/plate-number@1.2.0',
  url: ECHO,
  isolated: false,
  blocked: false,
  ...over,
});

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

async function renderWith(widget: PackWidgetRef, initialValues: Record<string, unknown> = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => {
    root!.render(
      <AppRenderer
        definition={definition}
        catalog={catalog}
        packWidgets={new Map([[widget.type, widget]])}
        packField={packFieldFor(new Map([[widget.type, widget]]))}
        initialValues={initialValues}
      />,
    );
  });
  // The widget module loads lazily: wait until it has settled.
  await vi.waitFor(() =>
    expect(host.querySelector('[data-type="acme.plateNumber"]')?.textContent).not.toMatch(/加载中/),
  );
  return host;
}

const fieldText = (host: HTMLElement) => host.querySelector('[data-type="acme.plateNumber"]')?.textContent ?? '';

describe('PackField', () => {
  it('renders a trusted widget in the page with the value, the field id and the locale', async () => {
    const host = await renderWith(ref({}), { plate: '浙A12345' });
    expect(fieldText(host)).toContain('plate:浙A12345:f-plate:zh-CN');
    expect(host.querySelector('label[for="f-plate"]')?.id).toBe('f-plate-label');
  });

  it('shows the named placeholder when the widget throws, and the other fields keep working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const host = await renderWith(ref({ url: THROWS }));
    expect(fieldText(host)).toContain('组件 车牌号 @acme/plate-number@1.2.0 无法加载');
    expect(host.querySelector<HTMLInputElement>('#f-name')).not.toBeNull();
  });

  it('shows the placeholder when the module cannot be loaded or exports no widget', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const url of [MISSING, NOT_A_WIDGET]) {
      const host = await renderWith(ref({ url }));
      expect(fieldText(host)).toContain('无法加载');
      act(() => root?.unmount());
      document.body.innerHTML = '';
    }
  });

  it('loads nothing from a blocked pack', async () => {
    const host = await renderWith(ref({ blocked: true, url: MISSING }));
    expect(fieldText(host)).toContain('组件 车牌号 @acme/plate-number@1.2.0 已被停用');
  });

  it('puts an untrusted widget in a sandboxed frame without allow-same-origin, carrying the field id', async () => {
    const host = await renderWith(ref({ isolated: true }));
    const frame = host.querySelector('iframe');
    expect(frame?.getAttribute('sandbox')).toBe('allow-scripts');
    expect(frame?.id).toBe('f-plate');
    expect(frame?.title).toBe('车牌号');
  });
});
