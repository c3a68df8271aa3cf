import type { MessageKey } from '../i18n/index.tsx';
import type { RouteEntry } from '../shell/routes.tsx';
import { CatalogPage } from './CatalogPage.tsx';

/** 组件中台 pages, spread into the shell's ROUTES and NAV_ITEMS. */
export const CATALOG_ROUTES: RouteEntry[] = [{ pattern: '/catalog', render: () => <CatalogPage /> }];

export const CATALOG_NAV: Array<{ href: string; label: MessageKey; role?: string }> = [
  { href: '/catalog', label: 'nav.catalog' },
];
