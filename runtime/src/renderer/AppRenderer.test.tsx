// @vitest-environment happy-dom
import { CORE_MANIFESTS, createCatalog } from '@sprout/shared/catalog';
import type { AppDefinition, AppNode } from '@sprout/shared/definition';
import { DEFAULT_SETTINGS } from '@sprout/shared/definition';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppRenderer } from './AppRenderer.tsx';
import type { FieldApi } from './field-api.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// A vendor type whose widget counts its own renders, so the test sees exactly who re-renders.
const text = CORE_MANIFESTS.find((m) => m.type === 'text')!;
const catalog = createCatalog([...CORE_MANIFESTS, { ...text, type: 'probe' }]);
const renders = new Map<string, number>();
function Probe({ api }: { api: FieldApi }) {
  renders.set(api.path, (renders.get(api.path) ?? 0) + 1);
  return <input id={api.id} aria-required={api.required || undefined} {...api.register()} />;
}

const probe = (name: string, extra: Partial<AppNode> = {}): AppNode => ({ id: name, type: 'probe', name, ...extra });
const definition: AppDefinition = {
  schemaVersion: 2,
  meta: { title: 't' },
  pages: [
    {
      id: 'p',
      nodes: [
        probe('a'),
        probe('b'),
        probe('shownIfA', { visibleWhen: 'a == "x"' }),
        probe('requiredIfB', { requiredWhen: 'b == "yes"' }),
        probe('readsTotal', { visibleWhen: 'total > 10' }),
        ...Array.from({ length: 40 }, (_, i) => probe(`n${i}`)),
        // In the second block of 25 nodes: its condition reads an answer in the first.
        probe('shownIfN0', { visibleWhen: 'n0 == "go"' }),
      ],
    },
  ],
  computed: [{ name: 'total', expr: 'n1 + n2' }],
  settings: structuredClone(DEFAULT_SETTINGS),
};

let host: HTMLElement;
beforeEach(async () => {
  renders.clear();
  host = document.createElement('div');
  document.body.append(host);
  await act(async () => {
    createRoot(host).render(<AppRenderer definition={definition} catalog={catalog} widgets={{ probe: Probe }} />);
  });
});
afterEach(() => host.remove());

async function type(id: string, value: string) {
  const input = host.querySelector<HTMLInputElement>(`#f-${id}`)!;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const snapshot = () => new Map(renders);
const rerendered = (before: Map<string, number>) =>
  [...renders].filter(([k, n]) => n !== (before.get(k) ?? 0)).map(([k]) => k);

describe('AppRenderer re-renders narrowly', () => {
  it('mounts every shown field once, and a keystroke in a field nobody reads re-renders nothing', async () => {
    expect(renders.get('n39')).toBe(1);
    expect(renders.has('shownIfA')).toBe(false);
    const before = snapshot();
    await type('n30', 'hello');
    expect(rerendered(before)).toEqual([]);
  });

  it('re-renders only the field whose requiredWhen reads the changed answer', async () => {
    const before = snapshot();
    await type('b', 'yes');
    expect(rerendered(before)).toEqual(['requiredIfB']);
    expect(host.querySelector('#f-requiredIfB')?.getAttribute('aria-required')).toBe('true');
  });

  it('reveals a field when its condition comes to hold, and follows computed values to their answers', async () => {
    await type('a', 'x');
    expect(renders.get('shownIfA')).toBe(1);
    expect(host.querySelector('#f-readsTotal')).toBeNull();
    await type('n1', '6');
    await type('n2', '7');
    expect(host.querySelector('#f-readsTotal')).not.toBeNull();
    const before = snapshot();
    await type('n3', '1');
    expect(rerendered(before)).toEqual([]);
  });

  it('reveals a field in a later block when an answer in an earlier one fulfils its condition, rendering only it', async () => {
    expect(host.querySelector('#f-shownIfN0')).toBeNull();
    const before = snapshot();
    await type('n0', 'go');
    expect(rerendered(before)).toEqual(['shownIfN0']);
    expect(host.querySelector('#f-shownIfN0')?.closest('.sp-chunk')).not.toBeNull();
    await type('n0', 'stop');
    expect(host.querySelector('#f-shownIfN0')).toBeNull();
  });
});

describe('a long page', () => {
  it('lays its first 25 nodes out as they are and puts the rest in blocks the browser may skip off screen', () => {
    const blocks = [...host.querySelectorAll('.sp-chunk')];
    expect(blocks).toHaveLength(1);
    // a, b, shownIfA, requiredIfB, readsTotal, then n0…n19 make the first 25.
    expect(host.querySelector('#f-n19')?.closest('.sp-chunk')).toBeNull();
    expect(blocks[0]?.querySelector('#f-n20')).not.toBeNull();
    expect(blocks[0]?.querySelector('#f-n39')).not.toBeNull();
  });
});
