import { localize } from '@sprout/shared/i18n';
import type { Locale } from '@sprout/shared/i18n';
import { Component } from 'react';
import type { PackWidgetRef } from './pack-widget-ref.ts';

interface WidgetBoundaryProps {
  widget: PackWidgetRef;
  locale: Locale;
  children: React.ReactNode;
}

/**
 * Catches a vendor widget that fails to load or throws while rendering, so one broken
 * component shows its name and pack instead of taking the whole form down.
 */
export class WidgetBoundary extends Component<WidgetBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // The resident sees the placeholder; the console keeps the reason for whoever debugs the pack.
    console.error(`Sprout: widget ${this.props.widget.type} from ${this.props.widget.pack} failed`, error);
  }

  override render(): React.ReactNode {
    if (!this.state.failed) return this.props.children;
    return <WidgetPlaceholder widget={this.props.widget} locale={this.props.locale} reason="widgetFailed" />;
  }
}

/** The named stand-in for a widget that cannot run: "组件 车牌号 @acme/plate-number@1.2.0 无法加载". */
export function WidgetPlaceholder({
  widget,
  locale,
  reason,
}: {
  widget: PackWidgetRef;
  locale: Locale;
  reason: 'widgetFailed' | 'widgetBlocked';
}) {
  return (
    <p className="sp-widget-failed" data-pack={widget.pack}>
      {placeholderText(reason, locale, localize(widget.title, locale), widget.pack)}
    </p>
  );
}

// Kept here rather than in ui-text.ts: only forms that use a pack load these words.
function placeholderText(
  reason: 'widgetFailed' | 'widgetBlocked',
  locale: Locale,
  title: string,
  pack: string,
): string {
  if (locale === 'en')
    return reason === 'widgetFailed'
      ? `Component ${title} ${pack} could not load`
      : `Component ${title} ${pack} has been blocked`;
  return reason === 'widgetFailed' ? `组件 ${title} ${pack} 无法加载` : `组件 ${title} ${pack} 已被停用`;
}
