import type { Locale } from '@sprout/shared/i18n';
import { toQrPayload } from '@sprout/shared/result-code';
import { useEffect, useRef, useState } from 'react';
import type { Receipt } from '../../api/public-api.ts';
import { ui, type UiKey } from '../../i18n/ui-text.ts';

const STATUS: Record<string, UiKey> = {
  received: 'statusSubmitted',
  submitted: 'statusSubmitted',
  pending: 'statusPending',
  claimed: 'statusClaimed',
  approved: 'statusApproved',
  rejected: 'statusRejected',
  returned: 'statusReturned',
};

/** The QR library loads only when a result is on screen; most of the form never needs it. */
function useQrDataUrl(text: string | undefined) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!text) return;
    let live = true;
    import('qrcode')
      .then((qr) => qr.toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width: 480 }))
      .then((u) => live && setUrl(u))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [text]);
  return url;
}

interface ReceiptViewProps {
  receipt: Receipt;
  receiptUrl: string;
  locale: Locale;
  /** Large-text mode: the receipt is what a resident shows at a checkpoint, so it grows too. */
  largeText?: boolean;
  onAgain?(): void;
  /** Offered for a returned submission when this device holds its edit token. */
  onCorrect?(): void;
}

// Before an official approves, a result is only the form's opinion: no colour, no QR
// code anyone could mistake for a pass. After a rejection or return there is none.
const WAITING = new Set(['pending', 'claimed']);
const NO_RESULT = new Set(['returned', 'rejected']);

/** After submit: the receipt code, the status, and for an app with outcomes a large coloured result and its QR code. */
export function ReceiptView({ receipt, receiptUrl, locale, largeText, onAgain, onCorrect }: ReceiptViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const outcome = NO_RESULT.has(receipt.status) ? null : receipt.outcome;
  const waiting = outcome !== null && WAITING.has(receipt.status);
  const status = STATUS[receipt.status];
  return (
    <section
      className={largeText ? 'sp-app sp-large sp-receipt' : 'sp-app sp-receipt'}
      aria-labelledby="sp-receipt-title"
    >
      <h1 id="sp-receipt-title" ref={heading} tabIndex={-1}>
        {ui(locale, 'received')}
      </h1>
      <p className="sp-help">{receipt.appTitle}</p>
      {outcome && waiting && (
        <p className="sp-outcome sp-outcome-waiting" role="status" data-testid="awaiting-review">
          <span className="sp-outcome-label">{ui(locale, 'statusPending')}</span>
          <span className="sp-outcome-message">{ui(locale, 'resultAfterReview')}</span>
        </p>
      )}
      {outcome && !waiting && <OutcomePanel receipt={receipt} receiptUrl={receiptUrl} locale={locale} />}
      <dl className="sp-receipt-facts">
        <div>
          <dt>{ui(locale, 'receiptCode')}</dt>
          <dd className="sp-receipt-code" data-receipt-code={receipt.receiptCode}>
            {receipt.receiptCode}
          </dd>
        </div>
        <div>
          <dt>{ui(locale, 'status')}</dt>
          <dd data-status={receipt.status}>{status ? ui(locale, status) : receipt.status}</dd>
        </div>
        {receipt.reviewComment && (
          <div>
            <dt>{ui(locale, 'reviewComment')}</dt>
            <dd data-testid="review-comment">{receipt.reviewComment}</dd>
          </div>
        )}
      </dl>
      <p className="sp-help">{ui(locale, 'receiptHelp')}</p>
      {onCorrect && receipt.status === 'returned' && (
        <button type="button" className="sp-button" onClick={onCorrect}>
          {ui(locale, 'correct')}
        </button>
      )}
      {onAgain && (
        <button type="button" className="sp-button sp-secondary" onClick={onAgain}>
          {ui(locale, 'fillAgain')}
        </button>
      )}
    </section>
  );
}

/**
 * The result in colour and words, the app's message about it, and the QR code with its
 * expiry. One region, labelled by the result and described by the message, so a screen
 * reader says what the colour means and what to do.
 */
function OutcomePanel({ receipt, receiptUrl, locale }: { receipt: Receipt; receiptUrl: string; locale: Locale }) {
  const outcome = receipt.outcome;
  // A signed code travels in numeric mode (SPROUT:/digits), the smallest QR that holds it.
  const qr = useQrDataUrl(outcome ? (receipt.resultCode ? toQrPayload(receipt.resultCode) : receiptUrl) : undefined);
  if (!outcome) return null;
  const expires = receipt.resultCode && receipt.resultCodeExpiresAt;
  return (
    <section
      className={`sp-outcome sp-outcome-${outcome.color ?? 'gray'}`}
      data-outcome={outcome.code}
      aria-labelledby="sp-outcome-label"
      aria-describedby={outcome.message ? 'sp-outcome-message' : undefined}
    >
      <p className="sp-outcome-label" id="sp-outcome-label">
        {outcome.label}
      </p>
      {outcome.message && (
        <p className="sp-outcome-message" id="sp-outcome-message" data-testid="outcome-message">
          {outcome.message}
        </p>
      )}
      {qr && (
        <img className="sp-qr" src={qr} alt={ui(locale, 'qrAlt', { label: outcome.label })} width={240} height={240} />
      )}
      {expires && (
        <p className="sp-outcome-expiry" data-testid="code-expiry">
          {ui(locale, 'codeValidUntil', { time: formatExpiry(expires, locale) })}
        </p>
      )}
    </section>
  );
}

function formatExpiry(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  });
}
