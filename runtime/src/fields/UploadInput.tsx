import { acceptsType, type FileRef, isFileRef } from '@sprout/shared/catalog';
import { message } from '@sprout/shared/i18n';
import { useEffect, useRef, useState } from 'react';
import { ui } from '../i18n/ui-text.ts';
import { useRenderer } from '../renderer/context.ts';
import type { FieldApi } from '../renderer/field-api.ts';

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

/** Files and photos: checked against the props' limits, uploaded one by one, previewed when they are images. */
export function UploadInput({ api }: { api: FieldApi }) {
  const { services } = useRenderer();
  const limits = limitsOf(api.props);
  const [files, setFiles] = useState<FileRef[]>(() => {
    const v = api.read();
    return Array.isArray(v) ? v.filter(isFileRef) : [];
  });
  const [previews, setPreviews] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => () => Object.values(previews).forEach((u) => URL.revokeObjectURL(u)), [previews]);

  const pick = async (list: FileList | null) => {
    let current = files;
    for (const file of Array.from(list ?? [])) {
      const problem = fileProblem(file, current.length, limits, api.locale);
      if (problem) {
        setStatus(`${file.name}：${problem}`);
        continue;
      }
      setStatus(ui(api.locale, 'uploading', { name: file.name }));
      try {
        const ref = await services.uploadFile(file);
        current = [...current, ref];
        setFiles(current);
        api.write(current);
        if (file.type.startsWith('image/')) setPreviews((p) => ({ ...p, [ref.id]: URL.createObjectURL(file) }));
        setStatus('');
      } catch {
        setStatus(ui(api.locale, 'uploadFailed', { name: file.name }));
      }
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
