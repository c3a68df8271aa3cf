import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/index.tsx';

/** One officials' page: features export their entries, `shell/routes.tsx` gathers them. */
export interface RouteEntry {
  pattern: string;
  render(params: Record<string, string>): ReactNode;
  /** Full-screen pages (the builder) draw their own header. */
  bare?: boolean;
}

/** One link of the officials' navigation; `role` hides it from those without it. */
export interface NavItem {
  href: string;
  label: MessageKey;
  role?: string;
}
