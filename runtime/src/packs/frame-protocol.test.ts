import { describe, expect, it } from 'vitest';
import { MAX_FRAME_HEIGHT, readFrameMessage, readHostMessage } from './frame-protocol.ts';

describe('frame protocol', () => {
  it('accepts the frame messages it knows and nothing else', () => {
    expect(readFrameMessage({ sprout: 'widget', kind: 'ready' })).toEqual({ sprout: 'widget', kind: 'ready' });
    expect(readFrameMessage({ sprout: 'widget', kind: 'change', value: '浙A12345' })).toMatchObject({
      value: '浙A12345',
    });
    expect(readFrameMessage({ sprout: 'widget', kind: 'eval', code: 'x' })).toBeNull();
    expect(readFrameMessage('ready')).toBeNull();
    expect(readFrameMessage({ kind: 'ready' })).toBeNull();
  });

  it('bounds the height a frame may ask for', () => {
    expect(readFrameMessage({ sprout: 'widget', kind: 'size', height: 1e9 })).toMatchObject({
      height: MAX_FRAME_HEIGHT,
    });
    expect(readFrameMessage({ sprout: 'widget', kind: 'size', height: -5 })).toMatchObject({ height: 0 });
    expect(readFrameMessage({ sprout: 'widget', kind: 'size', height: 'tall' })).toBeNull();
  });

  it('lets only JSON values cross from the frame', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(readFrameMessage({ sprout: 'widget', kind: 'change', value: cyclic })).toMatchObject({ value: undefined });
    expect(readFrameMessage({ sprout: 'widget', kind: 'change', value: { a: new Date(0) } })).toMatchObject({
      value: { a: '1970-01-01T00:00:00.000Z' },
    });
  });

  it('reads the page message with safe defaults', () => {
    const message = readHostMessage({
      sprout: 'widget',
      kind: 'render',
      state: { url: '/w.js', props: {}, locale: 'fr' },
    });
    expect(message?.state).toMatchObject({ url: '/w.js', locale: 'zh-CN', disabled: false, label: '' });
    expect(readHostMessage({ sprout: 'widget', kind: 'render', state: { props: {} } })).toBeNull();
  });
});
