import type {
  AppStatsResponse,
  ChangeAssigneesBody,
  ChangeAssigneesResponse,
  CreateTaskBody,
  MasterDataView,
  NoticeView,
  TaskDetail,
  TaskForm,
  TaskProgress,
  TaskReportBody,
  TaskReportResult,
  TaskRollup,
  TaskView,
  TodoItem,
} from '@sprout/shared/api';
import type { Api } from '../api/client.ts';

const id = (v: string | number) => encodeURIComponent(String(v));
const period = (taskId: number | string, key: string) => `/tasks/${id(taskId)}/periods/${id(key)}`;

/** Report tasks, master data and statistics, on top of the shell's typed client. */
export function tasksApi(api: Api) {
  const { request } = api;
  return {
    list: () => request<{ items: TaskView[] }>('GET', '/tasks'),
    todo: () => request<{ items: TodoItem[] }>('GET', '/tasks/todo'),
    create: (body: CreateTaskBody) => request<TaskView>('POST', '/tasks', body),
    detail: (taskId: number | string) => request<TaskDetail>('GET', `/tasks/${id(taskId)}`),
    close: (taskId: number) => request<void>('POST', `/tasks/${id(taskId)}/close`),
    changeAssignees: (taskId: number, body: ChangeAssigneesBody) =>
      request<ChangeAssigneesResponse>('POST', `/tasks/${id(taskId)}/assignees`, body),
    form: (taskId: number | string, key: string) => request<TaskForm>('GET', `${period(taskId, key)}/form`),
    report: (taskId: number | string, key: string, body: TaskReportBody) =>
      request<TaskReportResult>('PUT', `${period(taskId, key)}/report`, body),
    progress: (taskId: number | string, key: string) => request<TaskProgress>('GET', `${period(taskId, key)}/progress`),
    rollup: (taskId: number | string, key: string, org?: number) =>
      request<TaskRollup>('GET', `${period(taskId, key)}/rollup${org ? `?org=${org}` : ''}`),
    remind: (taskId: number, key: string) => request<{ sent: number }>('POST', `${period(taskId, key)}/reminders`),
    masterData: (orgId: number) => request<MasterDataView>('GET', `/orgs/${id(orgId)}/master-data`),
    saveMasterData: (orgId: number, values: Record<string, number | string | null>) =>
      request<{ changed: string[] }>('PUT', `/orgs/${id(orgId)}/master-data`, { values }),
    notices: () => request<{ items: NoticeView[] }>('GET', '/notices'),
    stats: (appId: string, query: string) => request<AppStatsResponse>('GET', `/apps/${id(appId)}/stats?${query}`),
  };
}

export type TasksApi = ReturnType<typeof tasksApi>;

/** The paths of the XLSX downloads, for a plain link or a fetch. */
export const xlsxPaths = {
  rollup: (taskId: number, key: string) => `/api/v1${period(taskId, key)}/rollup.xlsx`,
  progress: (taskId: number, key: string) => `/api/v1${period(taskId, key)}/progress.xlsx`,
};
