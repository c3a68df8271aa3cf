import type { NavItem, RouteEntry } from '../shell/route-entry.ts';
import { StatsPage } from '../stats/StatsPage.tsx';
import { FillTaskPage } from './FillTaskPage.tsx';
import { MasterDataPage } from './MasterDataPage.tsx';
import { TaskDetailPage } from './TaskDetailPage.tsx';
import { TasksPage } from './TasksPage.tsx';
import './tasks.css';

/** Report tasks and app statistics, spread into the shell's ROUTES and NAV_ITEMS. */
export const TASK_ROUTES: RouteEntry[] = [
  { pattern: '/tasks', render: () => <TasksPage /> },
  { pattern: '/tasks/:id', render: (p) => <TaskDetailPage taskId={p.id ?? ''} /> },
  {
    pattern: '/tasks/:id/periods/:period/fill',
    render: (p) => <FillTaskPage taskId={p.id ?? ''} periodKey={p.period ?? ''} />,
  },
  { pattern: '/master-data', render: () => <MasterDataPage /> },
  { pattern: '/apps/:id/stats', render: (p) => <StatsPage appId={p.id ?? ''} /> },
];

export const TASK_NAV: NavItem[] = [{ href: '/tasks', label: 'nav.tasks' }];
