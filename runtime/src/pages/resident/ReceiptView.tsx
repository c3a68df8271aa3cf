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
  onAgain?(): void;
  /** Offered for a returned submission when this device holds its edit token. */
  onCorrect?(): void;
}

/** After submit: the receipt code, the status, and for an app with outcomes a large coloured result and its QR code. */
export function ReceiptView({ receipt, receiptUrl, locale, onAgain, onCorrect }: ReceiptViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { outcome } = receipt;
  // A signed code travels in numeric mode (SPROUT:/digits), the smallest QR that holds it.
  const qr = useQrDataUrl(outcome ? (receipt.resultCode ? toQrPayload(receipt.resultCode) : receiptUrl) : undefined);
  const status = STATUS[receipt.status];
  return (
    <section className="sp-app sp-receipt" aria-labelledby="sp-receipt-title">
      <h1 id="sp-receipt-title" ref={heading} tabIndex={-1}>
        {ui(locale, 'received')}
      </h1>
      <p className="sp-help">{receipt.appTitle}</p>
      {outcome && (
        <div className={`sp-outcome sp-outcome-${outcome.color ?? 'gray'}`} data-outcome={outcome.code}>
          <p className="sp-outcome-label">{outcome.label}</p>
          {qr && (
            <img
              className="sp-qr"
              src={qr}
              alt={ui(locale, 'qrAlt', { label: outcome.label })}
              width={240}
              height={240}
            />
          )}
        </div>
      )}
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
