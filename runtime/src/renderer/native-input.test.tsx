// @vitest-environment happy-dom
import type { AppDefinition, AppNode } from '@sprout/shared/definition';
import { DEFAULT_SETTINGS } from '@sprout/shared/definition';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { AppRenderer } from './AppRenderer.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const options = {
  options: [
    { value: 'a', label: 'A' },
    { value: 'b', label: 'B' },
  ],
};
const nodes: AppNode[] = [
  { id: 'name', type: 'text', name: 'name', props: { label: '姓名' } },
  { id: 'notes', type: 'textarea', name: 'notes', props: { label: '备注' } },
  { id: 'pick', type: 'select', name: 'pick', props: { label: '选择', ...options } },
  { id: 'one', type: 'radio', name: 'one', props: { label: '单选', ...options } },
  { id: 'ok', type: 'switch', name: 'ok', props: { label: '同意' } },
  {
    id: 'many',
    type: 'checkboxes',
    name: 'many',
    props: { label: '多选', options: [...options.options, { value: 'c', label: 'C' }] },
  },
  { id: 'locked', type: 'checkboxes', name: 'locked', props: { label: '只读', ...options }, readOnlyWhen: '1 == 1' },
  { id: 'later', type: 'text', name: 'later', props: { label: '后续' }, visibleWhen: 'name == "张三"' },
];
const definition: AppDefinition = {
  schemaVersion: 2,
  meta: { title: 't' },
  pages: [{ id: 'p', nodes }],
  computed: [],
  settings: structuredClone(DEFAULT_SETTINGS),
};

let host: HTMLElement | undefined;
afterEach(() => host?.remove());

async function mount(initialValues?: Record<string, unknown>) {
  let submitted: Record<string, unknown> | undefined;
  host = document.createElement('div');
  document.body.append(host);
  await act(async () => {
    createRoot(host!).render(
      <AppRenderer
        definition={definition}
        initialValues={initialValues}
        onSubmit={(_, values) => {
          submitted = values;
        }}
      />,
    );
  });
  const root = host;
  return {
    root,
    control: <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!,
    submit: async () => {
      await act(async () => root.querySelector('form')!.requestSubmit());
      return submitted;
    },
  };
}

async function change(element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string) {
  await act(async () => {
    const proto = Object.getPrototypeOf(element) as object;
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function click(element: HTMLInputElement) {
  await act(async () => element.click());
}

describe('native inputs keep their answers in the form without react-hook-form registration', () => {
  it('stores what the resident types, picks and ticks, and submits it', async () => {
    const form = await mount();
    await change(form.control<HTMLInputElement>('#f-name'), '张三');
    await change(form.control<HTMLTextAreaElement>('#f-notes'), '无');
    await change(form.control<HTMLSelectElement>('#f-pick'), 'b');
    await click(form.control<HTMLInputElement>('input[name="one"][value="b"]'));
    await click(form.control<HTMLInputElement>('#f-ok'));
    const boxes = form.root.querySelectorAll<HTMLInputElement>('#f-many-label ~ .sp-choices input');
    await click(boxes[2]!);
    await click(boxes[0]!);
    await click(boxes[1]!);
    await click(boxes[1]!);
    expect(await form.submit()).toMatchObject({
      name: '张三',
      notes: '无',
      pick: 'b',
      one: 'b',
      ok: true,
      many: ['a', 'c'],
    });
  });

  it('shows a restored draft in every kind of control', async () => {
    const form = await mount({
      name: '张三',
      notes: '草稿',
      pick: 'a',
      one: 'b',
      ok: true,
      many: ['b'],
      later: '已填',
    });
    expect(form.control<HTMLInputElement>('#f-name').value).toBe('张三');
    expect(form.control<HTMLTextAreaElement>('#f-notes').value).toBe('草稿');
    expect(form.control<HTMLSelectElement>('#f-pick').value).toBe('a');
    expect(form.control<HTMLInputElement>('input[name="one"][value="b"]').checked).toBe(true);
    expect(form.control<HTMLInputElement>('input[name="one"][value="a"]').checked).toBe(false);
    expect(form.control<HTMLInputElement>('#f-ok').checked).toBe(true);
    const boxes = form.root.querySelectorAll<HTMLInputElement>('#f-many-label ~ .sp-choices input');
    expect([...boxes].map((b) => b.checked)).toEqual([false, true, false]);
    expect(form.control<HTMLInputElement>('#f-later').value).toBe('已填');
  });

  it('leaves read-only check boxes as they are', async () => {
    const form = await mount();
    const box = form.control<HTMLInputElement>('#f-locked');
    await click(box);
    expect(box.checked).toBe(false);
    expect((await form.submit())?.locked).toBeUndefined();
  });

  it('keeps an answer while its field is hidden and shows it again when the field returns', async () => {
    const form = await mount();
    await change(form.control<HTMLInputElement>('#f-name'), '张三');
    await change(form.control<HTMLInputElement>('#f-later'), '保留');
    await change(form.control<HTMLInputElement>('#f-name'), '李四');
    expect(form.control('#f-later')).toBeNull();
    await change(form.control<HTMLInputElement>('#f-name'), '张三');
    expect(form.control<HTMLInputElement>('#f-later').value).toBe('保留');
  });
});
