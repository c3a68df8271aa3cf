import type { NavItem, RouteEntry } from '../shell/route-entry.ts';
import { TrustListPage } from '../trust/TrustListPage.tsx';
import { ReviewQueuePage } from './ReviewQueuePage.tsx';

/** Review and trust-list pages, spread into the shell's ROUTES and NAV_ITEMS. */
export const REVIEW_ROUTES: RouteEntry[] = [
  { pattern: '/review', render: () => <ReviewQueuePage /> },
  { pattern: '/review/overdue', render: () => <ReviewQueuePage overdue /> },
  { pattern: '/trust', render: () => <TrustListPage /> },
];

export const REVIEW_NAV: NavItem[] = [
  { href: '/review', label: 'nav.review' },
  { href: '/trust', label: 'nav.trust', role: 'admin' },
];
