import { useMemo } from 'react';
import { useApi } from '../api/api-context.tsx';
import { type ConsoleApi, consoleApi } from './console-api.ts';

export function useConsoleApi(): ConsoleApi {
  const api = useApi();
  return useMemo(() => consoleApi(api), [api]);
}
