import type { ShareTemplateBody, TemplateSummaryView, TemplateView, UseTemplateBody } from '@sprout/shared/api';
import type { Api } from '../api/client.ts';
import type { AppDetail } from '../api/types.ts';

/** The 模板中心's calls, typed by shared's wire contract. */
export function templatesApi(api: Api) {
  return {
    list: () => api.request<{ items: TemplateSummaryView[] }>('GET', '/templates').then((r) => r.items),
    get: (id: number) => api.request<TemplateView>('GET', `/templates/${id}`),
    use: (id: number, body: UseTemplateBody) => api.request<AppDetail>('POST', `/templates/${id}/use`, body),
    share: (appId: string | number, body: ShareTemplateBody) =>
      api.request<TemplateSummaryView>('POST', `/apps/${appId}/template`, body),
  };
}
