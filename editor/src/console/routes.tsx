import type { NavItem, RouteEntry } from '../shell/route-entry.ts';
import { AccountPage } from './AccountPage.tsx';
import { AuditPage } from './audit/AuditPage.tsx';
import { AppManagePage } from './apps/AppManagePage.tsx';
import { HomePage } from './HomePage.tsx';
import { OrgsPage } from './orgs/OrgsPage.tsx';
import { SubmissionsPage } from './submissions/SubmissionsPage.tsx';
import './console.css';

/** The console's pages, spread into the shell's ROUTES. */
export const CONSOLE_ROUTES: RouteEntry[] = [
  { pattern: '/home', render: () => <HomePage /> },
  { pattern: '/apps/:id/submissions', render: (p) => <SubmissionsPage appId={p.id ?? ''} /> },
  { pattern: '/apps/:id/manage', render: (p) => <AppManagePage appId={p.id ?? ''} /> },
  { pattern: '/orgs', render: () => <OrgsPage /> },
  { pattern: '/audit', render: () => <AuditPage /> },
  { pattern: '/account', render: () => <AccountPage /> },
];

export const CONSOLE_NAV_START: NavItem[] = [{ href: '/home', label: 'nav.home' }];

export const CONSOLE_NAV_END: NavItem[] = [
  { href: '/orgs', label: 'nav.orgs', role: 'admin' },
  { href: '/audit', label: 'nav.audit', role: 'admin' },
  { href: '/account', label: 'nav.account' },
];
