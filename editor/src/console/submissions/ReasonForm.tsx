import { type FormEvent, useState } from 'react';

interface ReasonFormProps {
  /** The input's id, also the prefix of its help text's id. */
  id: string;
  label: string;
  help?: string;
  submitLabel: string;
  danger?: boolean;
  /** Asked before sending; false keeps the form as it is. */
  confirm?(): boolean;
  /** Sends the trimmed reason; an error is shown under the form. */
  onSubmit(reason: string): Promise<void>;
}

/**
 * The reason an official must give before an audited act on one submission (seeing its masked
 * values, deleting it): 2 to 200 characters, kept by the server's audit with the act.
 */
export function ReasonForm({ id, label, help, submitLabel, danger, confirm, onSubmit }: ReasonFormProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (confirm && !confirm()) return;
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit(reason.trim());
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} className="unmask-form">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={reason}
        minLength={2}
        maxLength={200}
        required
        aria-describedby={help ? `${id}-help` : undefined}
        onChange={(e) => setReason(e.target.value)}
      />
      {help && (
        <p className="muted small" id={`${id}-help`}>
          {help}
        </p>
      )}
      <button type="submit" className={danger ? 'danger' : undefined} disabled={busy || reason.trim().length < 2}>
        {submitLabel}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
