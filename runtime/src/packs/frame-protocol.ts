import type { WidgetLocale } from '@sprout/shared/widget-api';

/**
 * Messages between the page and the sandboxed frame an untrusted widget runs in. The frame
 * has an opaque origin, so both sides check `event.source` instead of the origin, and
 * every message is checked for shape before it is believed.
 */

/** What the frame needs to render the widget: everything in WidgetProps except the callbacks. */
export interface FrameState {
  url: string;
  value: unknown;
  props: Record<string, unknown>;
  locale: WidgetLocale;
  disabled: boolean;
  invalid: boolean;
  required: boolean;
  largeText: boolean;
  /** The host's label, help and error texts, mirrored inside the frame for the widget's aria wiring. */
  label: string;
  help: string;
  error: string;
}

export type HostToFrame = { sprout: 'widget'; kind: 'render'; state: FrameState };

export type FrameToHost =
  | { sprout: 'widget'; kind: 'ready' }
  | { sprout: 'widget'; kind: 'change'; value: unknown }
  | { sprout: 'widget'; kind: 'blur' }
  | { sprout: 'widget'; kind: 'size'; height: number }
  | { sprout: 'widget'; kind: 'failed'; reason: string };

/** The largest frame height honoured, so a widget cannot push the rest of the form off the page. */
export const MAX_FRAME_HEIGHT = 1200;

/** A message from the frame, or null when it is not one of ours or has the wrong shape. */
export function readFrameMessage(data: unknown): FrameToHost | null {
  if (!isRecord(data) || data.sprout !== 'widget') return null;
  switch (data.kind) {
    case 'ready':
    case 'blur':
      return { sprout: 'widget', kind: data.kind };
    case 'change':
      return { sprout: 'widget', kind: 'change', value: plainValue(data.value) };
    case 'size':
      return typeof data.height === 'number' && Number.isFinite(data.height)
        ? { sprout: 'widget', kind: 'size', height: Math.min(Math.max(0, Math.ceil(data.height)), MAX_FRAME_HEIGHT) }
        : null;
    case 'failed':
      return { sprout: 'widget', kind: 'failed', reason: String(data.reason).slice(0, 500) };
    default:
      return null;
  }
}

/** A message from the page, or null. */
export function readHostMessage(data: unknown): HostToFrame | null {
  if (!isRecord(data) || data.sprout !== 'widget' || data.kind !== 'render' || !isRecord(data.state)) return null;
  const s = data.state;
  if (typeof s.url !== 'string' || !isRecord(s.props)) return null;
  return {
    sprout: 'widget',
    kind: 'render',
    state: {
      url: s.url,
      value: s.value,
      props: s.props,
      locale: s.locale === 'en' ? 'en' : 'zh-CN',
      disabled: s.disabled === true,
      invalid: s.invalid === true,
      required: s.required === true,
      largeText: s.largeText === true,
      label: String(s.label ?? ''),
      help: String(s.help ?? ''),
      error: String(s.error ?? ''),
    },
  };
}

/** Values cross as JSON: anything else a widget might post (functions, cycles) becomes undefined. */
function plainValue(value: unknown): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(JSON.stringify(value));
  } catch {
    return undefined;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
