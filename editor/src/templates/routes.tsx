import type { MessageKey } from '../i18n/index.tsx';
import type { RouteEntry } from '../shell/routes.tsx';
import { TemplateCenterPage } from './TemplateCenterPage.tsx';
import './templates.css';

/** 模板中心, spread into the shell's ROUTES and NAV_ITEMS. */
export const TEMPLATE_ROUTES: RouteEntry[] = [{ pattern: '/templates', render: () => <TemplateCenterPage /> }];

export const TEMPLATE_NAV: Array<{ href: string; label: MessageKey; role?: string }> = [
  { href: '/templates', label: 'nav.templates' },
];
