export type { MaskRule, MaskRuleKind } from './mask-rule.ts';
export { MASK_RULE_KINDS, maskRuleProblem } from './mask-rule.ts';
export { maskValue, WITHHELD } from './mask-value.ts';
export { effectiveMaskRule, isSensitiveLevel, levelOf, maskRuleFor } from './mask-rule-for.ts';
export type { MaskPlan } from './mask-plan.ts';
export { maskAnswer, maskAnswers, maskPlan, masksAnything, mergeMaskPlans } from './mask-plan.ts';
export type { PersonalFields } from './anonymize-answers.ts';
export { anonymizeAnswers, personalFields, personalFieldsOf } from './anonymize-answers.ts';
