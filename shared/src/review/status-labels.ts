import type { LocalizedText } from '../i18n/locale.ts';
import type { SubmissionStatus } from './review-status.ts';

/**
 * What officials call each status, in exports and anywhere a status is shown as text.
 * @example localize(STATUS_LABELS.pending, 'zh-CN') // '待审核'
 */
export const STATUS_LABELS: Record<SubmissionStatus, LocalizedText> = {
  received: { 'zh-CN': '已收到', en: 'Received' },
  pending: { 'zh-CN': '待审核', en: 'Pending' },
  claimed: { 'zh-CN': '审核中', en: 'In review' },
  approved: { 'zh-CN': '已通过', en: 'Approved' },
  rejected: { 'zh-CN': '未通过', en: 'Rejected' },
  returned: { 'zh-CN': '已退回', en: 'Returned' },
};
