import type { NavItem, RouteEntry } from '../shell/route-entry.ts';
import { TemplateCenterPage } from './TemplateCenterPage.tsx';
import './templates.css';

/** 模板中心, spread into the shell's ROUTES and NAV_ITEMS. */
export const TEMPLATE_ROUTES: RouteEntry[] = [{ pattern: '/templates', render: () => <TemplateCenterPage /> }];

export const TEMPLATE_NAV: NavItem[] = [{ href: '/templates', label: 'nav.templates' }];
