import type { Locale } from '@sprout/shared';

// The 组件中台 pages' own words, so they do not grow the shell's message files.
const TEXT = {
  'catalog.title': ['组件中台', 'Component catalog'],
  'catalog.intro': [
    '供应商上传的组件包。管理员上架后，本单位及下级单位搭建应用时可在组件面板中使用；已发布的应用固定使用发布时的版本。',
    'Component packs uploaded by vendors. Once an admin approves one, builders in this org and below find its components in the palette; published apps keep the version they were published with.',
  ],
  'catalog.empty': ['还没有组件包。', 'No packs yet.'],
  'catalog.upload': ['上传组件包（.tgz）', 'Upload a pack (.tgz)'],
  'catalog.uploadButton': ['上传', 'Upload'],
  'catalog.uploaded': ['已安装 {name}@{version}，等待上架。', 'Installed {name}@{version}; waiting for approval.'],
  'catalog.refused': ['组件包未通过检查：', 'The pack was refused:'],
  'catalog.vendor': ['供应商', 'Vendor'],
  'catalog.state.pending': ['待上架', 'Waiting for approval'],
  'catalog.state.approved': ['已上架', 'Approved'],
  'catalog.state.withdrawn': ['已下架', 'Withdrawn'],
  'catalog.state.blocked': ['已封禁', 'Blocked'],
  'catalog.state.incompatible': ['不兼容', 'Incompatible'],
  'catalog.untrusted': ['隔离运行', 'Runs isolated'],
  'catalog.capabilities': ['所需能力', 'Capabilities'],
  'catalog.cap.none': ['无', 'none'],
  'catalog.cap.camera': ['摄像头', 'camera'],
  'catalog.cap.location': ['位置', 'location'],
  'catalog.components': ['组件', 'Components'],
  'catalog.kind.widget': ['自定义控件', 'widget'],
  'catalog.kind.composite': ['组合组件（无代码）', 'composite (no code)'],
  'catalog.level': ['默认分级 {level}', 'Default level {level}'],
  'catalog.columns': ['导出列：{columns}', 'Export columns: {columns}'],
  'catalog.approvals': ['上架范围', 'Approved for'],
  'catalog.noApprovals': ['尚未上架', 'Not approved anywhere yet'],
  'catalog.usedBy': ['使用中的应用', 'Used by apps'],
  'catalog.unused': ['暂无应用使用', 'No app uses it yet'],
  'catalog.approve': ['上架到本单位', 'Approve for my org'],
  'catalog.withdraw': ['从本单位下架', 'Withdraw from my org'],
  'catalog.block': ['安全封禁', 'Security block'],
  'catalog.blockReason': ['封禁原因', 'Reason for the block'],
  'catalog.markUntrusted': ['改为隔离运行', 'Run isolated'],
  'catalog.markTrusted': ['改为页面内运行', 'Run in the page'],
  'catalog.preview': ['预览', 'Preview'],
  'catalog.hidePreview': ['收起预览', 'Hide preview'],
  'catalog.blockedBecause': ['封禁原因：{reason}', 'Blocked: {reason}'],
} as const satisfies Record<string, readonly [string, string]>;

export type CatalogTextKey = keyof typeof TEXT;

export function catalogText(locale: Locale, key: CatalogTextKey, params: Record<string, string | number> = {}) {
  const text = TEXT[key][locale === 'en' ? 1 : 0];
  return text.replace(/\{(\w+)\}/g, (_, p: string) => String(params[p] ?? ''));
}
