/**
 * The one API a vendor widget implements. The host (the resident page, or the sandboxed
 * frame of an untrusted pack) renders the label, help text and error itself, so screen
 * readers hear the same field whoever wrote the widget; the widget draws only the control
 * and wires it to those elements by the ids it is given.
 *
 * Pure types and constants: the runtime reads them without the component kit, and the
 * kit re-exports them for vendors.
 */

/** The widget API version this host implements; a pack's manifest names the range it targets. */
export const WIDGET_API_VERSION = '1.0.0';

/** The DOM ids a widget wires its control to. */
export interface WidgetIds {
  /** Give this id to the focusable control: the host's `<label for>` and error summary point at it. */
  input: string;
  /** The host's label element, for `aria-labelledby` on controls a `<label for>` cannot name (a group, a keypad). */
  label: string;
  /** The ids to put in `aria-describedby` (help text, then the error), or undefined when there are none. */
  describedBy: string | undefined;
  /** The error message's id while one is shown. */
  error: string | undefined;
}

/**
 * What a widget receives. A widget never reaches for globals, the network or other fields:
 * everything it may touch is here.
 * @example
 * export default function PlateWidget({ value, onChange, onBlur, ids, invalid, disabled }: WidgetProps<string>) {
 *   return <input id={ids.input} value={value ?? ''} aria-invalid={invalid} disabled={disabled}
 *     aria-describedby={ids.describedBy} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />;
 * }
 */
export interface WidgetProps<V = unknown> {
  /** The current value in the shape the manifest declares; undefined when empty. */
  value: V | undefined;
  /** Report a new value (undefined clears it). The host validates it with the manifest's rules. */
  onChange(value: V | undefined): void;
  /** Report that the resident left the control; the host checks the field then. */
  onBlur(): void;
  /** The node's props, with the manifest's defaults filled in. */
  props: Readonly<Record<string, unknown>>;
  /** The resident's language. */
  locale: WidgetLocale;
  /** The field is read-only or the form is sending: show the value, accept no input. */
  disabled: boolean;
  /** The field shows an error: set `aria-invalid` on the control. */
  invalid: boolean;
  required: boolean;
  ids: WidgetIds;
}

export type WidgetLocale = 'zh-CN' | 'en';

/**
 * The bare imports a widget may use; the host serves each as an ES module that hands over
 * its own instance (one React per page). The kit's build refuses every other bare import.
 */
export const HOST_MODULES = {
  react: 'react.js',
  'react/jsx-runtime': 'react-jsx-runtime.js',
  'react-dom': 'react-dom.js',
  '@sprout/component-kit/widget': 'component-kit-widget.js',
} as const;

export type HostModule = keyof typeof HOST_MODULES;

/** Where the host serves its modules; widgets import them by these absolute paths once built. */
export const HOST_MODULE_BASE = '/r/host/';

/**
 * The absolute path a built widget imports a host module from.
 * @example hostModulePath('react') // '/r/host/react.js'
 */
export function hostModulePath(specifier: HostModule): string {
  return HOST_MODULE_BASE + HOST_MODULES[specifier];
}

/** True for a bare import the host provides. */
export function isHostModule(specifier: string): specifier is HostModule {
  return Object.hasOwn(HOST_MODULES, specifier);
}

/**
 * Picks the text for the resident's language, falling back to Chinese; a helper widgets
 * use for their own words (key captions, hints inside the control).
 * @example widgetText('en', { 'zh-CN': '省份', en: 'Province' }) // 'Province'
 */
export function widgetText(locale: WidgetLocale, text: { 'zh-CN': string; en?: string }): string {
  return (locale === 'en' ? text.en : undefined) ?? text['zh-CN'];
}

/** The global a page puts its host module instances on before it imports any widget. */
export const HOST_MODULES_GLOBAL = '__sproutHostModules';

/**
 * Source of the ES module served at `hostModulePath(specifier)`: it re-exports, by default
 * and by each name, the instance the page installed, so a widget shares the page's React.
 * @example hostShimSource('react/jsx-runtime', ['jsx', 'jsxs', 'Fragment'])
 */
export function hostShimSource(specifier: HostModule, names: readonly string[]): string {
  const named = names.filter((n) => n !== 'default' && /^[A-Za-z_$][\w$]*$/.test(n));
  return [
    `// Sprout host module "${specifier}": the page's own instance, for vendor widgets.`,
    `const m = globalThis.${HOST_MODULES_GLOBAL}?.[${JSON.stringify(specifier)}];`,
    `if (!m) throw new Error(${JSON.stringify(`Sprout host module ${specifier} is not installed on this page`)});`,
    'export default m.default ?? m;',
    `export const { ${named.join(', ')} } = m;`,
    '',
  ].join('\n');
}
