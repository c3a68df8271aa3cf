import { Component, Suspense, use, useEffect, useLayoutEffect, useState } from 'react';
import { type FrameState, type FrameToHost, readHostMessage } from '../../packs/frame-protocol.ts';
import { loadWidget } from '../../packs/load-widget.ts';
import '../../styles.css';
import './frame.css';

function post(message: FrameToHost): void {
  window.parent.postMessage(message, '*');
}

function postSize(): void {
  // The body's own height: the document's scrollHeight is never less than the frame's viewport.
  post({ sprout: 'widget', kind: 'size', height: document.body.getBoundingClientRect().height });
}

/**
 * Renders the widget the page names, with the props the page sends, and reports changes,
 * blur and its height back. Label, help and error are mirrored visually hidden, so the
 * widget's aria wiring works inside the frame while the page shows the visible ones.
 */
export function FrameApp() {
  const [state, setState] = useState<FrameState | null>(null);
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent) return;
      const message = readHostMessage(event.data);
      // The value is the page's only at first: after that the frame holds it, or an echo of an
      // older keystroke arriving after a newer one would undo what the resident typed.
      if (message) setState((prev) => (prev ? { ...message.state, value: prev.value } : message.state));
    };
    window.addEventListener('message', onMessage);
    post({ sprout: 'widget', kind: 'ready' });
    const sizer = new ResizeObserver(postSize);
    sizer.observe(document.body);
    return () => {
      window.removeEventListener('message', onMessage);
      sizer.disconnect();
    };
  }, []);
  // After every render as well as on resize: a frame the browser throttles gets no resize callbacks.
  useLayoutEffect(postSize, [state]);
  if (!state) return null;
  return (
    <div className={state.largeText ? 'sp-app sp-large sp-frame' : 'sp-app sp-frame'} lang={state.locale}>
      <label id="w-label" htmlFor="w-input" className="sp-visually-hidden">
        {state.label}
      </label>
      {state.help && (
        <span id="w-help" className="sp-visually-hidden">
          {state.help}
        </span>
      )}
      {state.error && (
        <span id="w-error" className="sp-visually-hidden">
          {state.error}
        </span>
      )}
      <FrameBoundary>
        <Suspense fallback={null}>
          <FramedWidgetBody
            state={state}
            onChange={(value) => {
              setState((prev) => prev && { ...prev, value });
              post({ sprout: 'widget', kind: 'change', value });
            }}
          />
        </Suspense>
      </FrameBoundary>
    </div>
  );
}

function FramedWidgetBody({ state, onChange }: { state: FrameState; onChange: (value: unknown) => void }) {
  const Widget = use(loadWidget(state.url));
  const describedBy = [state.help ? 'w-help' : '', state.error ? 'w-error' : ''].filter(Boolean).join(' ');
  return (
    <Widget
      value={state.value}
      onChange={onChange}
      onBlur={() => post({ sprout: 'widget', kind: 'blur' })}
      props={state.props}
      locale={state.locale}
      disabled={state.disabled}
      invalid={state.invalid}
      required={state.required}
      ids={{
        input: 'w-input',
        label: 'w-label',
        describedBy: describedBy || undefined,
        error: state.error ? 'w-error' : undefined,
      }}
    />
  );
}

/** A failed import or a throw is reported to the page, which shows the named placeholder. */
class FrameBoundary extends Component<{ children: React.ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidCatch(error: unknown): void {
    post({ sprout: 'widget', kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
  }
  override render(): React.ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
