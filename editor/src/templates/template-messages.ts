import type { EnglishFor } from '../i18n/message-table.ts';
/** The 模板中心's words, merged into the editor's message tables. */
export const zhTemplates = {
  'nav.templates': '模板中心',
  'templates.title': '模板中心',
  'templates.help': '上级和本单位发布的模板，以及系统自带的示例。预览看看群众会看到什么，点“用此模板”一步建好应用。',
  'templates.builtIn': '系统示例',
  'templates.from': '来自 {org}',
  'templates.uses': '已被使用 {n} 次',
  'templates.preview': '预览',
  'templates.use': '用此模板',
  'templates.empty': '上级和本单位还没有发布模板。',
  'templates.previewTitle': '预览：{title}',
  'templates.close': '关闭预览',
  'templates.share': '发布为模板，供下级单位使用',
  'templates.shared': '已发布为模板，下级单位可在“模板中心”使用。',
} as const;

export const enTemplates: EnglishFor<typeof zhTemplates> = {
  'nav.templates': 'Templates',
  'templates.title': 'Templates',
  'templates.help':
    'Templates published by your org and the orgs above it, and the built-in examples. Preview what residents will see; “Use this template” creates the app in one click.',
  'templates.builtIn': 'Built-in example',
  'templates.from': 'From {org}',
  'templates.uses': 'Used {n} times',
  'templates.preview': 'Preview',
  'templates.use': 'Use this template',
  'templates.empty': 'Your org and the orgs above it have not published templates yet.',
  'templates.previewTitle': 'Preview: {title}',
  'templates.close': 'Close the preview',
  'templates.share': 'Share as a template with the orgs below',
  'templates.shared': 'Shared: the orgs below can use it from Templates.',
};
