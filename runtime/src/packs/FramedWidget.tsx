import type { WidgetProps } from '@sprout/shared/widget-api';
import { useEffect, useRef, useState } from 'react';
import { type FrameState, type HostToFrame, readFrameMessage } from './frame-protocol.ts';
import type { PackWidgetRef } from './pack-widget-ref.ts';
import { WidgetPlaceholder } from './WidgetBoundary.tsx';

/** The page that hosts an untrusted widget; built by the runtime (`widget-frame.html`). */
export const WIDGET_FRAME_URL = '/r/widget-frame.html';

interface FramedWidgetProps {
  url: string;
  widget: PackWidgetRef;
  widgetProps: WidgetProps;
  label: string;
  help: string;
  error: string;
  largeText: boolean;
}

/**
 * An untrusted widget in a sandboxed iframe without `allow-same-origin`: an opaque origin,
 * so it cannot read the page, its storage or its cookies. Value and events cross by
 * postMessage; the frame reports its height and the iframe follows it. The iframe carries
 * the field's id, so the label's and the error summary's links still reach the field.
 */
export function FramedWidget({ url, widget, widgetProps, label, help, error, largeText }: FramedWidgetProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [ready, setReady] = useState(false);
  const [height, setHeight] = useState(48);
  const [failed, setFailed] = useState(false);
  const latest = useRef(widgetProps);
  latest.current = widgetProps;

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (!frame.current || event.source !== frame.current.contentWindow) return;
      const message = readFrameMessage(event.data);
      if (!message) return;
      if (message.kind === 'ready') setReady(true);
      else if (message.kind === 'change') latest.current.onChange(message.value);
      else if (message.kind === 'blur') latest.current.onBlur();
      else if (message.kind === 'size') setHeight(message.height);
      else setFailed(true);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  const { value, props, locale, disabled, invalid, required } = widgetProps;
  useEffect(() => {
    if (!ready || !frame.current?.contentWindow) return;
    const state: FrameState = { url, value, props, locale, disabled, invalid, required, largeText, label, help, error };
    const message: HostToFrame = { sprout: 'widget', kind: 'render', state };
    // An opaque origin cannot be named as a target; the frame is ours and checks the source.
    frame.current.contentWindow.postMessage(message, '*');
  }, [ready, url, value, props, locale, disabled, invalid, required, largeText, label, help, error]);

  if (failed) return <WidgetPlaceholder widget={widget} locale={locale} reason="widgetFailed" />;
  return (
    <iframe
      ref={frame}
      id={widgetProps.ids.input}
      className="sp-widget-frame"
      title={label}
      src={WIDGET_FRAME_URL}
      sandbox="allow-scripts"
      style={{ height }}
      aria-describedby={widgetProps.ids.describedBy}
    />
  );
}
