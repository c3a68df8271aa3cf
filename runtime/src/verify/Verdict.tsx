import type { Locale } from '@sprout/shared/i18n';
import type { VerifyResult } from '@sprout/shared/result-code';
import { useEffect, useRef } from 'react';
import { codeText, statusText, verifyText } from './verify-text.ts';

interface VerdictProps {
  result: VerifyResult | undefined;
  locale: Locale;
}

function when(seconds: number, locale: Locale): string {
  return new Date(seconds * 1000).toLocaleString(locale);
}

/**
 * The answer in large type, colour and words (never colour alone). The live region is
 * always in the page, so screen readers announce each new verdict.
 */
export function Verdict({ result, locale }: VerdictProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (result) heading.current?.focus();
  }, [result]);
  const c = result?.claims;
  const valid = result?.status === 'valid';
  const tone = valid ? `sp-verdict-${c?.rc ?? 'ok'}` : `sp-verdict-${result?.status ?? 'none'}`;
  return (
    <section className={`sp-verdict ${tone}`} aria-live="polite" data-status={result?.status ?? ''}>
      {result && (
        <>
          <h2 ref={heading} tabIndex={-1} className="sp-verdict-title">
            {statusText(locale, result.status)}
            {valid && c ? ` · ${codeText(locale, c.rc)}` : ''}
          </h2>
          {c && result.status !== 'tampered' && result.status !== 'malformed' && (
            <dl className="sp-verdict-facts">
              {result.issuerName && (
                <>
                  <dt>{verifyText(locale, 'issuer')}</dt>
                  <dd>{result.issuerName}</dd>
                </>
              )}
              {c.nm && (
                <>
                  <dt>{verifyText(locale, 'holder')}</dt>
                  <dd>{c.nm}</dd>
                </>
              )}
              <dt>{verifyText(locale, 'result')}</dt>
              <dd>{codeText(locale, c.rc)}</dd>
              <dt>{verifyText(locale, 'issuedAt')}</dt>
              <dd>{when(c.iat, locale)}</dd>
              <dt>{verifyText(locale, 'expires')}</dt>
              <dd>{when(c.exp, locale)}</dd>
            </dl>
          )}
        </>
      )}
    </section>
  );
}
