import { EditorPage } from '../builder/EditorPage.tsx';
import { CONSOLE_NAV_END, CONSOLE_NAV_START, CONSOLE_ROUTES } from '../console/routes.tsx';
import { REVIEW_NAV, REVIEW_ROUTES } from '../review/routes.tsx';
import { CATALOG_NAV, CATALOG_ROUTES } from '../catalog/routes.tsx';
import { TEMPLATE_NAV, TEMPLATE_ROUTES } from '../templates/routes.tsx';
import { TASK_NAV, TASK_ROUTES } from '../tasks/routes.tsx';
import { AppListPage } from './AppListPage.tsx';
import type { NavItem, RouteEntry } from './route-entry.ts';

/** Officials' pages; the console issue (submissions, orgs, users, account) adds its entries here. */
export const ROUTES: RouteEntry[] = [
  { pattern: '/apps', render: () => <AppListPage /> },
  { pattern: '/apps/:id/edit', render: (p) => <EditorPage appId={p.id ?? ''} />, bare: true },
  ...CONSOLE_ROUTES,
  ...REVIEW_ROUTES,
  ...CATALOG_ROUTES,
  ...TEMPLATE_ROUTES,
  ...TASK_ROUTES,
];

export const NAV_ITEMS: NavItem[] = [
  ...CONSOLE_NAV_START,
  { href: '/apps', label: 'nav.apps' },
  ...TEMPLATE_NAV,
  ...REVIEW_NAV,
  ...CATALOG_NAV,
  ...TASK_NAV,
  ...CONSOLE_NAV_END,
];
