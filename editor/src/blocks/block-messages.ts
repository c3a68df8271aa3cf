import type { EnglishFor } from '../i18n/message-table.ts';
/** The block library's words, merged into the editor's message tables. */
export const zhBlocks = {
  'blocks.palette': '区块',
  'blocks.paletteHint': '本单位和上级保存的常用题组，点击添加到页面末尾',
  'blocks.from': '{org} · 第 {v} 版',
  'blocks.save': '保存为区块',
  'blocks.saveHelp': '把这个分组（连同其中的条件）存入本单位的区块库，本单位和下级单位都能使用。',
  'blocks.saved': '已保存为区块「{name}」第 {v} 版',
  'blocks.saveVersion': '保存为区块「{name}」的新版本',
  'blocks.from.inserted': '来自区块「{name}」第 {v} 版',
  'blocks.newer': '区块「{name}」有新版本（第 {v} 版），变化如下：',
  'blocks.upgrade': '升级到第 {v} 版',
  'blocks.change.added': '新增：{label}',
  'blocks.change.removed': '删除：{label}',
  'blocks.change.changed': '修改：{label}（{aspects}）',
  'blocks.noChange': '题目没有变化',
  'blocks.uses': '已用 {n} 次',
  'blocks.multi.hint': '按住 Shift 或 Ctrl 点击画布上的组件（键盘：Shift+Enter）可以多选，把几个问题一起保存为区块。',
  'blocks.multi.title': '已选 {n} 项',
  'blocks.multi.name': '区块名称',
  'blocks.multi.save': '把选中的 {n} 项保存为区块',
  'blocks.multi.clear': '取消多选',
  'blocks.multi.nameNeeded': '请先填写区块名称',
  'blocks.multi.outside': '选中问题的条件用到了选区外的问题：{labels}。请把它们一起选上，或先去掉这些条件。',
} as const;

export const enBlocks: EnglishFor<typeof zhBlocks> = {
  'blocks.palette': 'Blocks',
  'blocks.paletteHint': 'Question groups saved by your org and the orgs above it; click to add at the end of the page',
  'blocks.from': '{org} · version {v}',
  'blocks.save': 'Save as a block',
  'blocks.saveHelp':
    'Keeps this section (with its conditions) in your org’s block library, for your org and the orgs below.',
  'blocks.saved': 'Saved as block “{name}”, version {v}',
  'blocks.saveVersion': 'Save as a new version of block “{name}”',
  'blocks.from.inserted': 'From block “{name}”, version {v}',
  'blocks.newer': 'Block “{name}” has a new version ({v}). What changes:',
  'blocks.upgrade': 'Upgrade to version {v}',
  'blocks.change.added': 'Added: {label}',
  'blocks.change.removed': 'Removed: {label}',
  'blocks.change.changed': 'Changed: {label} ({aspects})',
  'blocks.noChange': 'No question changes',
  'blocks.uses': 'used {n} times',
  'blocks.multi.hint':
    'Shift- or Ctrl-click components on the canvas (keyboard: Shift+Enter) to pick several and save them together as a block.',
  'blocks.multi.title': '{n} selected',
  'blocks.multi.name': 'Block name',
  'blocks.multi.save': 'Save the {n} selected as a block',
  'blocks.multi.clear': 'Clear selection',
  'blocks.multi.nameNeeded': 'Give the block a name first',
  'blocks.multi.outside':
    'Conditions of the selected questions read questions outside the selection: {labels}. Select them too, or remove those conditions first.',
};
