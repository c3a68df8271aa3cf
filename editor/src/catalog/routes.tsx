import type { NavItem, RouteEntry } from '../shell/route-entry.ts';
import { CatalogPage } from './CatalogPage.tsx';

/** 组件中台 pages, spread into the shell's ROUTES and NAV_ITEMS. */
export const CATALOG_ROUTES: RouteEntry[] = [{ pattern: '/catalog', render: () => <CatalogPage /> }];

export const CATALOG_NAV: NavItem[] = [{ href: '/catalog', label: 'nav.catalog' }];
