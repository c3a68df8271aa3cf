/**
 * The wire contract: every request and response body the runtime and the console
 * exchange with the server, typed once. Types only, plus the path rule for field errors and the resident page's element names.
 */
export * from './problem.ts';
export * from './residents.ts';
export * from './officials.ts';
export * from './catalog.ts';
export * from './templates.ts';
export * from './stats.ts';
export * from './tasks.ts';
export * from './meta.ts';
export * from './result-codes.ts';
export * from './resident-page.ts';
export type * from './answers.ts';
