// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FrameState } from '../../packs/frame-protocol.ts';
import { FrameApp } from './FrameApp.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// A widget module that hands its props to the test and shows the value it was given.
const WIDGET = `data:text/javascript,${encodeURIComponent(
  'export default (p) => { globalThis.__widgetProps = p; return "value:" + (p.value ?? ""); };',
)}`;
const widgetProps = () => (globalThis as unknown as { __widgetProps: { onChange(v: unknown): void } }).__widgetProps;

const state = (over: Partial<FrameState> = {}): FrameState => ({
  url: WIDGET,
  value: '浙',
  props: {},
  locale: 'zh-CN',
  disabled: false,
  invalid: false,
  required: true,
  largeText: false,
  label: '车牌号',
  help: '',
  error: '',
  ...over,
});

const fromPage = (s: FrameState) =>
  act(async () => {
    window.dispatchEvent(
      new MessageEvent('message', { data: { sprout: 'widget', kind: 'render', state: s }, source: window }),
    );
  });

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('the widget frame', () => {
  it('says it is ready, renders what the page sends, and keeps what the resident typed over stale echoes', async () => {
    const posted = vi.spyOn(window.parent, 'postMessage').mockImplementation(() => {});
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    await act(async () => root!.render(<FrameApp />));
    expect(posted).toHaveBeenCalledWith({ sprout: 'widget', kind: 'ready' }, '*');

    await fromPage(state());
    await vi.waitFor(() => expect(host.textContent).toContain('value:浙'));
    expect(host.querySelector('label#w-label')?.textContent).toBe('车牌号');

    await act(async () => widgetProps().onChange('浙A1'));
    await act(async () => widgetProps().onChange('浙A12'));
    expect(posted).toHaveBeenCalledWith({ sprout: 'widget', kind: 'change', value: '浙A12' }, '*');
    // The page's echo of the first keystroke arrives late: the frame keeps the newer value.
    await fromPage(state({ value: '浙A1', invalid: true, error: '至少 7 个字' }));
    expect(host.textContent).toContain('value:浙A12');
    expect(host.querySelector('#w-error')?.textContent).toBe('至少 7 个字');
  });
});
