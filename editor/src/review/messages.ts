import type { EnglishFor } from '../i18n/message-table.ts';
/** Navigation labels of the review pages, merged into the shell's messages. */
export const zhReview = { 'nav.review': '审核', 'nav.trust': '结果码互认' };
export const enReview: EnglishFor<typeof zhReview> = {
  'nav.review': 'Review',
  'nav.trust': 'Trust list',
};
