export { applyReviewAction, needsComment, OPEN_STATUSES } from './review-status.ts';
export type { ReviewAction, SubmissionStatus } from './review-status.ts';
export { isOverdue, isWorkingDay, reviewDeadline } from './working-days.ts';
export type { WorkCalendar } from './working-days.ts';
export { STATUS_LABELS } from './status-labels.ts';
export { reviewQuestions } from './review-questions.ts';
export type { ReviewQuestion, ReviewQuestions } from './review-questions.ts';
