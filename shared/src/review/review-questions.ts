import { type AppDefinition, walkNodes } from '../definition/index.ts';
import { type Locale, type LocalizedText, localize } from '../i18n/index.ts';

/** A top-level question as a reviewer reads it: its data key and its label. */
export interface ReviewQuestion {
  name: string;
  label: string;
}

/** What the review queue needs of a version: its questions by label, and the ones to show at a glance. */
export interface ReviewQuestions {
  /** Top-level questions in the form's order (repeat groups as one). */
  questions: ReviewQuestion[];
  /** `settings.review.displayFields` that the version holds, in the official's order. */
  displayFields: string[];
}

/**
 * Labels for a submission's answers, so reviewers read 姓名 rather than `name`.
 * @example reviewQuestions(def, 'zh-CN').questions[0] // { name: 'name', label: '姓名' }
 */
export function reviewQuestions(def: AppDefinition, locale: Locale): ReviewQuestions {
  const questions: ReviewQuestion[] = [];
  walkNodes(def, ({ node, repeatScope }) => {
    if (!node.name || repeatScope.length > 0) return;
    questions.push({
      name: node.name,
      label: localize(node.props?.label as LocalizedText | undefined, locale) || node.name,
    });
  });
  const names = new Set(questions.map((q) => q.name));
  const displayFields = (def.settings.review.displayFields ?? []).filter((n) => names.has(n));
  return { questions, displayFields };
}
