import { acceptsType, type FileRef, isFileRef } from '@sprout/shared/catalog';
import { message } from '@sprout/shared/i18n';
import { useEffect, useRef, useState } from 'react';
import { ui } from '../i18n/ui-text.ts';
import { UploadRefused } from '../api/http-services.ts';
import { useRenderer } from '../renderer/context.ts';
import type { FieldApi } from '../renderer/field-api.ts';
import { downsizeImage, shouldDownsize } from './downsize-image.ts';

interface Limits {
  maxFiles: number;
  maxSizeMb: number;
  accept: string[];
}

function limitsOf(props: Record<string, unknown>): Limits {
  return {
    maxFiles: typeof props.maxFiles === 'number' ? props.maxFiles : 3,
    maxSizeMb: typeof props.maxSizeMb === 'number' ? props.maxSizeMb : 10,
    accept: Array.isArray(props.accept) ? (props.accept as string[]) : [],
  };
}

/** Why a picked file cannot be sent, checked before any byte leaves the phone. */
export function fileProblem(
  file: { size: number; type: string },
  count: number,
  limits: Limits,
  locale: 'zh-CN' | 'en',
) {
  if (count >= limits.maxFiles) return message(locale, 'upload.count', { max: limits.maxFiles });
  if (file.size > limits.maxSizeMb * 1024 * 1024)
    return message(locale, 'upload.size', { max: `${limits.maxSizeMb} MB` });
  if (!acceptsType(limits.accept, file.type)) return message(locale, 'upload.type');
  return undefined;
}

/** Files and photos: checked against the props' limits, large photos shrunk on the phone, uploaded one by one with a progress bar, previewed when they are images. */
export function UploadInput({ api }: { api: FieldApi }) {
  const { services } = useRenderer();
  const limits = limitsOf(api.props);
  const [files, setFiles] = useState<FileRef[]>(() => {
    const v = api.read();
    return Array.isArray(v) ? v.filter(isFileRef) : [];
  });
  const [previews, setPreviews] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [sending, setSending] = useState<{ name: string; percent: number } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // Preview URLs live as long as the field: revoking them when a second photo arrives would blank the first.
  const shown = useRef(previews);
  shown.current = previews;
  useEffect(() => () => Object.values(shown.current).forEach((u) => URL.revokeObjectURL(u)), []);

  // One file at a time: checked, shrunk if it is a large photo, then sent with a progress bar.
  const sendOne = async (file: File, current: FileRef[]): Promise<FileRef | undefined> => {
    const early = fileProblem({ size: 0, type: file.type }, current.length, limits, api.locale);
    if (early) return void setStatus(`${file.name}：${early}`);
    if (shouldDownsize(file)) setStatus(ui(api.locale, 'shrinking', { name: file.name }));
    const sent = await downsizeImage(file);
    const problem = fileProblem(sent, current.length, limits, api.locale);
    if (problem) return void setStatus(`${file.name}：${problem}`);
    setStatus(ui(api.locale, 'uploading', { name: file.name }));
    setSending({ name: file.name, percent: 0 });
    try {
      const ref = await services.uploadFile(sent, {
        field: api.node.name,
        onProgress: (f) => setSending({ name: file.name, percent: Math.round(f * 100) }),
      });
      if (sent.type.startsWith('image/')) setPreviews((p) => ({ ...p, [ref.id]: URL.createObjectURL(sent) }));
      setStatus(ui(api.locale, 'uploaded', { name: file.name }));
      return ref;
    } catch (e) {
      const reason = e instanceof UploadRefused && e.detail ? `（${e.detail}）` : '';
      setStatus(`${ui(api.locale, 'uploadFailed', { name: file.name })}${reason}`);
      return undefined;
    } finally {
      setSending(null);
    }
  };

  const pick = async (list: FileList | null) => {
    let current = files;
    for (const file of Array.from(list ?? [])) {
      const ref = await sendOne(file, current);
      if (!ref) continue;
      current = [...current, ref];
      setFiles(current);
      api.write(current);
    }
    if (inputRef.current) inputRef.current.value = '';
  };
  const remove = (id: string) => {
    const next = files.filter((f) => f.id !== id);
    setFiles(next);
    api.write(next);
  };

  return (
    <div className="sp-upload">
      <label className="sp-button sp-secondary" htmlFor={api.id}>
        {ui(api.locale, 'chooseFiles')}
      </label>
      <input
        ref={inputRef}
        id={api.id}
        className="sp-visually-hidden-file"
        type="file"
        multiple={limits.maxFiles > 1}
        accept={limits.accept.join(',') || undefined}
        disabled={api.readOnly}
        aria-invalid={api.invalid || undefined}
        aria-describedby={[api.describedBy, `${api.id}-limits`].filter(Boolean).join(' ')}
        onChange={(e) => pick(e.target.files)}
      />
      <p className="sp-help" id={`${api.id}-limits`}>
        {ui(api.locale, 'uploadHint', { max: limits.maxFiles, size: limits.maxSizeMb })}
      </p>
      {sending && (
        <>
          <progress
            className="sp-upload-progress"
            max={100}
            value={sending.percent}
            aria-label={ui(api.locale, 'uploadProgress', { name: sending.name })}
          />
          {/* Screen readers read the progress bar's value when asked; a live percentage would talk over everything. */}
          <span className="sp-help" aria-hidden="true">
            {sending.percent}%
          </span>
        </>
      )}
      <p className="sp-status" role="status">
        {status}
      </p>
      {files.length > 0 && (
        <ul className="sp-files">
          {files.map((f) => (
            <li key={f.id}>
              {previews[f.id] ? (
                <img src={previews[f.id]} alt="" width={56} height={56} />
              ) : (
                <span aria-hidden="true">📄</span>
              )}
              <span className="sp-file-name">
                {f.name} ({Math.max(1, Math.round(f.size / 1024))} KB)
              </span>
              <button type="button" className="sp-link" onClick={() => remove(f.id)} disabled={api.readOnly}>
                {ui(api.locale, 'removeFile', { name: f.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
