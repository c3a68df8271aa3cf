import type { Locale } from '@sprout/shared/i18n';
import type { IssuerNames, VerifyResult, VerifyStatus } from '@sprout/shared/result-code';
import { useEffect, useRef } from 'react';
import { codeText, reasonText, statusText, verifyText } from './verify-text.ts';

interface VerdictProps {
  result: VerifyResult | undefined;
  /** The issuing org and app from the bundle, for a code whose signature checked out. */
  names: IssuerNames | undefined;
  locale: Locale;
}

function when(seconds: number, locale: Locale): string {
  return new Date(seconds * 1000).toLocaleString(locale);
}

// Only a checked signature makes the claims worth showing; the others could say anything.
const FACTS_SHOWN: ReadonlySet<VerifyStatus> = new Set(['valid', 'expired', 'revoked']);

/**
 * The answer in large type, colour and words (never colour alone). Every way of not
 * being valid looks the same, red and alarming, with its reason: a gatekeeper must not
 * have to know which failure is the harmless one. The live region is always in the page,
 * so screen readers announce each new verdict.
 */
export function Verdict({ result, names, locale }: VerdictProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (result) heading.current?.focus();
  }, [result]);
  const valid = result?.status === 'valid';
  const tone = !result ? 'sp-verdict-none' : valid ? `sp-verdict-${result.claims?.rc ?? 'ok'}` : 'sp-verdict-invalid';
  return (
    <section className={`sp-verdict ${tone}`} aria-live="polite" data-status={result?.status ?? ''}>
      {result && (
        <>
          <h2 ref={heading} tabIndex={-1} className="sp-verdict-title">
            {valid ? (
              `${statusText(locale, 'valid')}${result.claims ? ` · ${codeText(locale, result.claims.rc)}` : ''}`
            ) : (
              <>
                <span aria-hidden="true">✕ </span>
                {`${verifyText(locale, 'invalid')}：${statusText(locale, result.status)}`}
              </>
            )}
          </h2>
          {result.status !== 'valid' && (
            <p className="sp-verdict-reason" data-testid="verdict-reason">
              {reasonText(locale, result.status)} <strong>{verifyText(locale, 'doNotAccept')}</strong>
            </p>
          )}
          {result.claims && FACTS_SHOWN.has(result.status) && <Facts result={result} names={names} locale={locale} />}
        </>
      )}
    </section>
  );
}

function Facts({ result, names, locale }: { result: VerifyResult; names: IssuerNames | undefined; locale: Locale }) {
  const c = result.claims;
  if (!c) return null;
  const org = names?.org ?? names?.deployment ?? result.issuerName;
  const rows: Array<[string, string | undefined, string]> = [
    [verifyText(locale, 'org'), org, 'org'],
    [verifyText(locale, 'app'), names?.app, 'app'],
    // A trusted deployment signs what it likes: show only text where text belongs.
    [verifyText(locale, 'holder'), typeof c.nm === 'string' ? c.nm : undefined, 'holder'],
    [verifyText(locale, 'result'), codeText(locale, c.rc), 'result'],
    [verifyText(locale, 'issuedAt'), typeof c.iat === 'number' ? when(c.iat, locale) : undefined, 'issued'],
    [verifyText(locale, 'expires'), when(c.exp, locale), 'expires'],
  ];
  return (
    <dl className="sp-verdict-facts">
      {rows
        .filter(([, value]) => value)
        .map(([label, value, id]) => (
          <div key={id} className="sp-verdict-fact" data-fact={id}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
