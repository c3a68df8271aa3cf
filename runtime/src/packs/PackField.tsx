import { localize } from '@sprout/shared/i18n';
import type { WidgetProps } from '@sprout/shared/widget-api';
import { Suspense, use, useState } from 'react';
import { ui } from '../i18n/ui-text.ts';
import { useRenderer } from '../renderer/context.ts';
import type { FieldApi } from '../renderer/field-api.ts';
import { FramedWidget } from './FramedWidget.tsx';
import { loadWidget } from './load-widget.ts';
import { WidgetBoundary, WidgetPlaceholder } from './WidgetBoundary.tsx';
import './packs.css';

/**
 * The field body of a pack component: the vendor's widget behind an error boundary, in
 * the page (trusted packs) or in a sandboxed frame (untrusted ones). The label, help text
 * and error around it are the host's, drawn by InputNode. Loaded only by forms that use a
 * pack, so other forms carry none of this code.
 */
export function PackField({ api }: { api: FieldApi }) {
  const ctx = useRenderer();
  const widget = ctx.packWidgets.get(api.node.type);
  const [value, setValue] = useState(() => api.read());
  if (!widget) return null;
  if (widget.blocked || !widget.url)
    return <WidgetPlaceholder widget={widget} locale={api.locale} reason="widgetBlocked" />;
  const props: WidgetProps = {
    value,
    onChange: (next) => {
      setValue(next);
      api.write(next === '' ? undefined : next);
    },
    onBlur: () => api.check(),
    props: api.props,
    locale: api.locale,
    disabled: api.readOnly,
    invalid: api.invalid,
    required: api.required,
    ids: {
      input: api.id,
      label: `${api.id}-label`,
      describedBy: api.describedBy,
      error: api.invalid ? `${api.id}-error` : undefined,
    },
  };
  return (
    <WidgetBoundary widget={widget} locale={api.locale}>
      {widget.isolated ? (
        <FramedWidget
          url={widget.url}
          widget={widget}
          widgetProps={props}
          label={localize(api.props.label as string | undefined, api.locale) || localize(widget.title, api.locale)}
          help={localize(api.props.help as string | undefined, api.locale)}
          error={api.error ?? ''}
          largeText={ctx.largeText}
        />
      ) : (
        <Suspense fallback={<p className="sp-help">{ui(api.locale, 'loading')}</p>}>
          <InPageWidget url={widget.url} widgetProps={props} />
        </Suspense>
      )}
    </WidgetBoundary>
  );
}

/** A trusted widget rendered in the page; a failed import or a throw reaches the boundary. */
function InPageWidget({ url, widgetProps }: { url: string; widgetProps: WidgetProps }) {
  const Widget = use(loadWidget(url));
  return <Widget {...widgetProps} />;
}
