import type { Issue } from '../result.ts';

/**
 * An RFC 9457 problem as every Sprout route answers errors (`application/problem+json`).
 * @example { type: 'about:blank', title: '请按提示修改后重试', status: 422, errors: [{ path: 'values.name', message: '此项为必填项' }] }
 */
export interface ProblemBody {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  /** Validation failures, each located by a path (`values.…` for submission fields). */
  errors?: Issue[];
  /** A stable kind for problems a client acts on, e.g. `version-outdated`. */
  code?: string;
  /** With `version-outdated`: the version the app is published at now, the only one a new submission may name. */
  currentVersion?: number;
}

/** The `code` of the 409 answering a new submission that names an older version of the app. */
export const VERSION_OUTDATED = 'version-outdated';

/** Submission field errors are named `values.<field path>` so any client can place them. */
export const SUBMISSION_FIELD_PREFIX = 'values.';

/**
 * The wire path of a submission field.
 * @example submissionFieldPath('members[0].age') // 'values.members[0].age'
 */
export function submissionFieldPath(fieldPath: string): string {
  return fieldPath ? `${SUBMISSION_FIELD_PREFIX}${fieldPath}` : 'values';
}

/**
 * The issues of a problem that belong to form fields, with the form's own paths.
 * @example submissionFieldIssues({ status: 422, errors: [{ path: 'values.age', message: 'x' }] }) // [{ path: 'age', message: 'x' }]
 */
export function submissionFieldIssues(problem: Pick<ProblemBody, 'errors'>): Issue[] {
  return (problem.errors ?? [])
    .filter((e) => e.path.startsWith(SUBMISSION_FIELD_PREFIX))
    .map((e) => ({ ...e, path: e.path.slice(SUBMISSION_FIELD_PREFIX.length) }));
}
