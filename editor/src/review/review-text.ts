import type { Locale } from '@sprout/shared';

// The review and trust pages' own words, so they do not grow the shell's message files.
const TEXT = {
  'review.title': ['审核', 'Review'],
  'review.overdueTitle': ['超期未审', 'Overdue reviews'],
  'review.overdueIntro': [
    '下列填报已超过审核时限（按工作日计），含所有下级单位，最早的在前。',
    'Submissions past their review time limit (working days), across all orgs below yours, oldest first.',
  ],
  'review.empty': ['没有等待审核的填报。', 'Nothing is waiting for review.'],
  'review.noneOverdue': ['没有超期的填报。', 'Nothing is overdue.'],
  'review.app': ['应用', 'App'],
  'review.org': ['单位', 'Org'],
  'review.receipt': ['回执码', 'Receipt'],
  'review.submitted': ['提交时间', 'Submitted'],
  'review.due': ['审核时限', 'Due'],
  'review.status': ['状态', 'Status'],
  'review.overdue': ['已超期', 'Overdue'],
  'review.claimedBy': ['{name} 处理中', 'With {name}'],
  'review.claim': ['认领', 'Claim'],
  'review.release': ['放回', 'Release'],
  'review.approve': ['通过', 'Approve'],
  'review.reject': ['不通过', 'Reject'],
  'review.return': ['退回修改', 'Return for changes'],
  'review.comment': ['审核意见（不通过或退回时必填）', 'Comment (required to reject or return)'],
  'review.answers': ['填报内容', 'Answers'],
  'review.revision': ['第 {n} 次提交', 'Revision {n}'],
  'review.done': ['已处理：{status}', 'Done: {status}'],
  'review.showOverdue': ['查看超期', 'Show overdue'],
  'review.showQueue': ['返回待审', 'Back to the queue'],
  'status.pending': ['待审核', 'Pending'],
  'status.claimed': ['审核中', 'Claimed'],
  'status.approved': ['已通过', 'Approved'],
  'status.rejected': ['未通过', 'Rejected'],
  'status.returned': ['已退回', 'Returned'],
  'home.waitingCount': ['待审核 {n} 件', '{n} waiting for review'],
  'home.mineCount': ['我认领的 {n} 件', '{n} claimed by me'],
  'home.overdueCount': ['超期 {n} 件', '{n} overdue'],
  'trust.title': ['结果码互认', 'Result-code trust list'],
  'trust.intro': [
    '加入其他地区萌芽平台的公钥后，那里签发的结果码在这里也能核验。',
    'Add another deployment’s public keys and the codes it issues verify here too.',
  ],
  'trust.name': ['签发方名称', 'Issuer name'],
  'trust.prefix': [
    '签发方地址前缀（如 https://sprout.other.gov.cn/o/）',
    'Issuer URL prefix (e.g. https://sprout.other.gov.cn/o/)',
  ],
  'trust.url': ['公钥地址（JWKS URL）', 'Keys URL (JWKS)'],
  'trust.file': ['或上传 JWKS 文件', 'or upload a JWKS file'],
  'trust.add': ['加入互认', 'Add'],
  'trust.remove': ['移除', 'Remove'],
  'trust.keys': ['{n} 个公钥', '{n} keys'],
  'trust.empty': ['尚未加入其他地区。', 'No other deployments yet.'],
  'trust.rotate': ['更换本平台签名密钥', 'Rotate this deployment’s signing key'],
  'trust.rotated': [
    '已启用新密钥 {kid}…，旧密钥在其签发的结果码到期前继续有效。',
    'New key {kid}… signs now; old keys verify until their codes expire.',
  ],
} satisfies Record<string, [string, string]>;

export type ReviewTextKey = keyof typeof TEXT;

export function reviewText(locale: Locale, key: ReviewTextKey, params: Record<string, string | number> = {}): string {
  const text = TEXT[key][locale === 'en' ? 1 : 0];
  return text.replace(/\{(\w+)\}/g, (_, p: string) => String(params[p] ?? ''));
}
