/**
 * @sprout/runtime: renders an AppDefinition for residents.
 * @example
 * import { AppRenderer } from '@sprout/runtime';
 * <AppRenderer definition={def} locale="zh-CN" onSubmit={(result) => result.ok && send(result.value)} />
 */
export { AppRenderer } from './renderer/AppRenderer.tsx';
export type { AppRendererProps, SubmitFeedback } from './renderer/AppRenderer.tsx';
export type { Division, RendererServices, UploadOptions } from './renderer/context.ts';
export type { FieldApi, FieldWidget } from './renderer/field-api.ts';
export type { NativeInputProps } from './renderer/native-input.ts';
export { createHttpServices } from './api/http-services.ts';
export { markdownToHtml } from './fields/markdown-to-html.ts';
export { pagePacks } from './packs/page-packs.ts';
export type { PagePacks } from './packs/page-packs.ts';
export { packFieldFor } from './packs/pack-field-for.ts';
export type { PackFieldFor } from './packs/pack-field-for.ts';
export type { PackWidgetRef } from './packs/pack-widget-ref.ts';
