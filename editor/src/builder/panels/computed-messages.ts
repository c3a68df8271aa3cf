/** The computed-values panel's words, merged into the editor's message tables. */
export const zhComputed = {
  'builder.tab.computed': '计算值',
  'computed.title': '计算值',
  'computed.help':
    '用公式从填报内容算出的值，如由身份证号算年龄：AGE(idNumber)。计算值可以在条件、校验和结果规则里按名称使用，并随填报一起保存。',
  'computed.empty': '还没有计算值。',
  'computed.name': '名称（英文字母开头）',
  'computed.label': '显示名称',
  'computed.expr': '公式',
  'computed.add': '添加计算值',
  'computed.nameTaken': '名称已被字段或其他计算值使用',
  'computed.nameInvalid': '只能用字母、数字和下划线，且以字母开头',
} as const;

export const enComputed: Record<keyof typeof zhComputed, string> = {
  'builder.tab.computed': 'Computed',
  'computed.title': 'Computed values',
  'computed.help':
    'Values worked out from the answers by a formula, e.g. age from the ID number: AGE(idNumber). Use them by name in conditions, validations and outcomes; they are stored with each submission.',
  'computed.empty': 'No computed values yet.',
  'computed.name': 'Name (starts with a letter)',
  'computed.label': 'Display name',
  'computed.expr': 'Formula',
  'computed.add': 'Add a computed value',
  'computed.nameTaken': 'A field or another computed value has this name',
  'computed.nameInvalid': 'Letters, digits and _ only, starting with a letter',
};
