import type { EnglishFor } from '../../i18n/message-table.ts';
/** The outcome table's words, merged into the editor's message tables. */
export const zhOutcomes = {
  'outcomes.help2': '从上到下判断，第一条满足的规则给出结果；“其余情况”固定在最后。',
  'outcomes.if': '如果',
  'outcomes.otherwise': '其余情况',
  'outcomes.otherwiseHelp': '以上规则都不满足时的结果',
  'outcomes.noCondition': '这条规则还没有条件，会对所有人生效，它下面的规则都不会被用到。',
  'outcomes.then': '结果',
  'outcomes.advanced': '高级',
  'outcomes.try': '试一试',
  'outcomes.tryHelp': '填几个示例答案，看看会得到哪个结果。',
  'outcomes.tryResult': '会得到：第 {n} 条「{label}」',
  'outcomes.tryNone': '没有规则满足，不会给出结果',
  'outcomes.rule': '第 {n} 条',
  'outcomes.message': '给群众的提示',
  'outcomes.messagePlaceholder': '例如：请留在家中，社区工作人员会与您联系。',
} as const;

export const enOutcomes: EnglishFor<typeof zhOutcomes> = {
  'outcomes.help2': 'Checked top to bottom; the first rule that holds gives the result. "Otherwise" stays last.',
  'outcomes.if': 'If',
  'outcomes.otherwise': 'Otherwise',
  'outcomes.otherwiseHelp': 'The result when no rule above holds',
  'outcomes.noCondition': 'This rule has no condition yet: it applies to everyone and hides every rule below it.',
  'outcomes.then': 'Result',
  'outcomes.advanced': 'Advanced',
  'outcomes.try': 'Try it',
  'outcomes.tryHelp': 'Enter sample answers to see which outcome they get.',
  'outcomes.tryResult': 'Gets rule {n}: “{label}”',
  'outcomes.tryNone': 'No rule holds: no outcome',
  'outcomes.rule': 'Rule {n}',
  'outcomes.message': 'Message to residents',
  'outcomes.messagePlaceholder': 'e.g. Please stay at home; the community office will call you.',
};
