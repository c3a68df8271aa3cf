import { useMemo } from 'react';
import { useApi } from '../api/api-context.tsx';
import { useI18n } from '../i18n/index.tsx';
import { catalogApi } from './catalog-api.ts';
import { type CatalogTextKey, catalogText } from './catalog-text.ts';

export function useCatalogApi() {
  const api = useApi();
  return useMemo(() => catalogApi(api), [api]);
}

export function useCatalogText() {
  const { locale } = useI18n();
  return (key: CatalogTextKey, params?: Record<string, string | number>) => catalogText(locale, key, params);
}
