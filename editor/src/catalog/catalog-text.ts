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
  // The builder's pack upgrades (草稿升级组件包).
  'upgrade.available': ['组件包有新版本', 'Newer component packs'],
  'upgrade.line': ['{pack}：{from} → {to}', '{pack}: {from} → {to}'],
  'upgrade.review': ['查看变更并升级', 'Review changes and upgrade'],
  'upgrade.title': ['升级组件包 {pack}', 'Upgrade pack {pack}'],
  'upgrade.draftOnly': [
    '升级只改动本应用的草稿；已发布的版本继续使用 {from}，重新发布后群众才会用到 {to}。',
    'Upgrading changes this app’s draft only; the published version keeps {from}, and residents get {to} once you publish again.',
  ],
  'upgrade.confirm': ['升级草稿到 {to}', 'Upgrade the draft to {to}'],
  'upgrade.cancel': ['取消', 'Cancel'],
  'upgrade.done': ['已升级到 {pack} {to}，草稿已重新载入。', 'Upgraded to {pack} {to}; the draft was reloaded.'],
  'upgrade.noChange': ['组件本身没有变化（仅版本号更新）', 'The components did not change (a new version number only)'],
  'upgrade.added': ['新增组件：{title}', 'New component: {title}'],
  'upgrade.removed': [
    '移除组件：{title}（草稿中使用它的字段将无法发布）',
    'Removed component: {title} (fields of the draft using it cannot be published)',
  ],
  'upgrade.changed': ['「{title}」：{aspects}', '“{title}”: {aspects}'],
  'upgrade.propsAdded': ['新增设置 {names}', 'new settings {names}'],
  'upgrade.propsRemoved': ['移除设置 {names}', 'settings removed {names}'],
  'upgrade.propsChanged': ['设置有变化 {names}', 'settings changed {names}'],
  'upgrade.valueShape': ['填写值的格式有变化', 'the value’s format changed'],
  'upgrade.rules': ['校验规则有变化', 'validation rules changed'],
  'upgrade.exportColumns': ['导出列有变化', 'export columns changed'],
  'upgrade.capabilities': ['需要新能力：{names}（需重新上架审批）', 'needs new capabilities: {names} (approved again)'],
  'upgrade.level': ['默认分级 {from} → {to}', 'default data level {from} → {to}'],
  'upgrade.mask': ['脱敏方式有变化', 'masking changed'],
  'upgrade.rename': [
    '设置「{from}」改名为「{to}」，已填的值会带过去',
    'setting “{from}” becomes “{to}”, keeping its value',
  ],
  'upgrade.default': ['设置「{name}」取默认值', 'setting “{name}” gets a default'],
  'upgrade.separator': ['；', '; '],
  'upgrade.blocked': [
    '组件包 {pack}（{titles}）已停用：群众填报页中这些字段显示为安全替代内容。请升级到新版本或换用其他组件后重新发布。',
    'Pack {pack} ({titles}) is stopped: residents see a safe placeholder for its fields. Upgrade it or use other components, then publish again.',
  ],
} as const satisfies Record<string, readonly [string, string]>;

export type CatalogTextKey = keyof typeof TEXT;

export function catalogText(locale: Locale, key: CatalogTextKey, params: Record<string, string | number> = {}) {
  const text = TEXT[key][locale === 'en' ? 1 : 0];
  return text.replace(/\{(\w+)\}/g, (_, p: string) => String(params[p] ?? ''));
}
