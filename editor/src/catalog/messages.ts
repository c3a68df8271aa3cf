import type { EnglishFor } from '../i18n/message-table.ts';
/** The navigation label of the 组件中台 pages, merged into the shell's messages. */
export const zhCatalog = { 'nav.catalog': '组件中台' };
export const enCatalog: EnglishFor<typeof zhCatalog> = { 'nav.catalog': 'Components' };
