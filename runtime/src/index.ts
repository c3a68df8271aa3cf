/**
 * @sprout/runtime: renders an AppDefinition for residents.
 * @example
 * import { AppRenderer } from '@sprout/runtime';
 * <AppRenderer definition={def} locale="zh-CN" onSubmit={(result) => result.ok && send(result.value)} />
 */
export { AppRenderer } from './renderer/AppRenderer.tsx';
export type { AppRendererProps, SubmitFeedback } from './renderer/AppRenderer.tsx';
export type { Division, RendererServices } from './renderer/context.ts';
export type { FieldApi, FieldWidget } from './renderer/field-api.ts';
export { createHttpServices } from './api/http-services.ts';
export { markdownToHtml } from './fields/markdown-to-html.ts';
export { catalogForPacks, packWidgetRefs } from './pages/resident/catalog-for-packs.ts';
export type { PackWidgetRef } from './packs/pack-widget-ref.ts';
