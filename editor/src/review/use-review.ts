import { useMemo } from 'react';
import { useApi } from '../api/api-context.tsx';
import { useI18n } from '../i18n/index.tsx';
import { reviewApi } from './review-api.ts';
import { type ReviewTextKey, reviewText } from './review-text.ts';

export function useReviewApi() {
  const api = useApi();
  return useMemo(() => reviewApi(api), [api]);
}

export function useReviewText() {
  const { locale } = useI18n();
  return (key: ReviewTextKey, params?: Record<string, string | number>) => reviewText(locale, key, params);
}
