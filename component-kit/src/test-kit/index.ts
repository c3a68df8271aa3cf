export { checkExportColumns } from './check-export-columns.ts';
export type { ExportReport, ExportSample } from './check-export-columns.ts';
export { checkSampleValues, oneFieldApp } from './check-samples.ts';
export type { SampleReport, SampleValues } from './check-samples.ts';
export { renderWidget } from './render-widget.ts';
export type { AxeViolation, RenderedWidget, RenderWidgetOptions, WidgetEvent } from './render-widget.ts';
export { validatePack as checkManifest } from '../validate/validate-pack.ts';
