import { useMemo } from 'react';
import { useApi } from '../api/api-context.tsx';
import { type TasksApi, tasksApi } from './tasks-api.ts';

export function useTasksApi(): TasksApi {
  const api = useApi();
  return useMemo(() => tasksApi(api), [api]);
}
