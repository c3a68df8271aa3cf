/**
 * @sprout/component-kit: everything a vendor needs to make a Sprout component pack.
 * - `./widget`: the widget API (types and the helpers a widget imports at run time)
 * - this entry: build, validate and install, as the `sprout-pack` CLI does
 * - `./test-kit`: manifest checks, sample values through the server's validation, export
 *   cells, and a widget rendered in real Chromium for axe and keyboard tests
 */
export * from './widget.ts';
export { archiveName, buildPack, builtWidgetPath } from './build/build-pack.ts';
export type { BuildPackOptions, BuiltPack } from './build/build-pack.ts';
export { validatePack } from './validate/validate-pack.ts';
export { installPack } from './install/install-pack.ts';
export type { InstallPackOptions, InstallResult } from './install/install-pack.ts';
export { runCli } from './cli/main.ts';
