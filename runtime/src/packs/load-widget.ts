import type { WidgetProps } from '@sprout/shared/widget-api';
import { installHostModules } from './host-modules.ts';

export type WidgetComponent = (props: WidgetProps) => React.ReactNode;

const loaded = new Map<string, Promise<WidgetComponent>>();

/**
 * Imports a widget module once per URL (the URL names its content, so it never goes stale)
 * and answers its default export. Rejects, naming the URL, when the module is not a widget.
 */
export function loadWidget(url: string, importModule: (url: string) => Promise<unknown> = importByUrl) {
  let hit = loaded.get(url);
  if (!hit) {
    installHostModules();
    hit = importModule(url).then((module) => widgetOf(module, url));
    loaded.set(url, hit);
  }
  return hit;
}

function importByUrl(url: string): Promise<unknown> {
  return import(/* @vite-ignore */ url);
}

/** The default export of a widget module, checked to be a component. */
export function widgetOf(module: unknown, url: string): WidgetComponent {
  const candidate = module && typeof module === 'object' ? (module as { default?: unknown }).default : undefined;
  if (typeof candidate !== 'function') throw new Error(`${url} does not export a widget component as its default`);
  return candidate as WidgetComponent;
}
