export { validateSubmission } from './validate-submission.ts';
export type { CleanSubmission, SubmissionOptions } from './validate-submission.ts';
export { evaluateOutcome } from './evaluate-outcome.ts';
export { evaluateComputed, orderComputed, findComputedCycle } from './computed.ts';
export { conditionHolds, isShown } from './visibility.ts';
export type { LogicOptions } from './visibility.ts';
export { checkRules, safeRegExp } from './check-rules.ts';
export { collectsSensitive, consentTextProblem, expectedConsentVersion, needsConsent } from './consent.ts';
