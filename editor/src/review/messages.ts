/** Navigation labels of the review pages, merged into the shell's messages. */
export const zhReview = { 'nav.review': '审核', 'nav.trust': '结果码互认' };
export const enReview: Partial<Record<keyof typeof zhReview, string>> = {
  'nav.review': 'Review',
  'nav.trust': 'Trust list',
};
