import { type ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../i18n/index.tsx';

/** A modal built on <dialog>: focus moves in, Escape closes, the page behind is inert. */
export function Dialog({ title, onClose, children }: { title: string; onClose(): void; children: ReactNode }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-label={title} onClose={onClose}>
      <div className="dialog-head">
        <h2>{title}</h2>
        <button type="button" className="link" onClick={onClose} aria-label={t('common.close')}>
          ✕
        </button>
      </div>
      {children}
    </dialog>
  );
}

/**
 * A dialog's closing row: cancel, then the primary action, which submits the dialog's form
 * unless `onConfirm` is given.
 */
export function DialogActions({
  confirm,
  onCancel,
  onConfirm,
  disabled,
  cancel,
}: {
  confirm: ReactNode;
  onCancel(): void;
  onConfirm?: () => void;
  disabled?: boolean;
  /** The cancel button's label, 取消 / Cancel unless given. */
  cancel?: string;
}) {
  const { t } = useI18n();
  return (
    <div className="dialog-actions">
      <button type="button" onClick={onCancel}>
        {cancel ?? t('common.cancel')}
      </button>
      <button type={onConfirm ? 'button' : 'submit'} className="primary" disabled={disabled} onClick={onConfirm}>
        {confirm}
      </button>
    </div>
  );
}
