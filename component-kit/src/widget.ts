/**
 * What a widget imports at run time: `import { widgetText, type WidgetProps } from '@sprout/component-kit/widget'`.
 * In a built widget this import points at the host's copy (`/r/host/component-kit-widget.js`),
 * so it adds nothing to the widget's size.
 */
export {
  HOST_MODULE_BASE,
  HOST_MODULES,
  hostModulePath,
  isHostModule,
  WIDGET_API_VERSION,
  widgetText,
} from '@sprout/shared/widget-api';
export type { HostModule, WidgetIds, WidgetLocale, WidgetProps } from '@sprout/shared/widget-api';
