import type { Issue } from '@sprout/shared';
import type { Locale } from '@sprout/shared/i18n';
import { forwardRef } from 'react';
import { ui } from '../i18n/ui-text.ts';
import { domIdFor } from '../logic/paths.ts';

interface ErrorSummaryProps {
  issues: readonly Issue[];
  locale: Locale;
  labelOf(path: string): string;
}

/** Focused on a failed submit; each link moves focus to the field at fault. */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { issues, locale, labelOf },
  ref,
) {
  if (issues.length === 0) return null;
  const title =
    issues.length === 1 ? ui(locale, 'errorSummaryOne') : ui(locale, 'errorSummaryMany', { n: issues.length });
  return (
    <div className="sp-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="sp-summary-title">
      <h2 id="sp-summary-title">{title}</h2>
      <ul>
        {issues.map((issue) => {
          const id = domIdFor(issue.path);
          return (
            <li key={issue.path}>
              <a
                href={`#${id}`}
                onClick={(e) => {
                  e.preventDefault();
                  const el = document.getElementById(id);
                  el?.focus();
                  el?.scrollIntoView({ block: 'center' });
                }}
              >
                {labelOf(issue.path)}：{issue.message}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
});
