import { useMemo, useState } from 'react';
import type { PublishResult } from '../../api/types.ts';
import { useApi } from '../../api/api-context.tsx';
import { problemText } from '../../console/States.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { templatesApi } from '../../templates/templates-api.ts';
import { downloadBlob } from '../download.ts';
import { posterPng, posterSvg } from './poster.ts';

/** After publishing: the resident link, sharing as a template for the orgs below, its QR poster, and downloads to print. */
export function PublishedView({ result, title, appId }: { result: PublishResult; title: string; appId: number }) {
  const { t } = useI18n();
  const api = useApi();
  const [shared, setShared] = useState<'no' | 'busy' | 'yes' | string>('no');
  const share = () => {
    setShared('busy');
    templatesApi(api)
      .share(appId, { title })
      .then(
        () => setShared('yes'),
        (e: unknown) => setShared(problemText(e)),
      );
  };
  const [copied, setCopied] = useState(false);
  const url = new URL(result.url, location.origin).href;
  const content = { title, url, instructions: t('publish.instructions') };
  const svg = useMemo(() => posterSvg(content), [content.title, content.url, content.instructions]);
  const file = `${title || result.slug}-二维码`;
  return (
    <div className="published">
      <p className="ok" role="status">
        ✓ {t('publish.done', { version: result.version })}
      </p>
      <label className="field">
        <span>{t('publish.link')}</span>
        <input readOnly value={url} data-testid="resident-link" onFocus={(e) => e.target.select()} />
      </label>
      <div className="row">
        <button
          type="button"
          onClick={() =>
            navigator.clipboard?.writeText(url).then(
              () => setCopied(true),
              () => undefined,
            )
          }
        >
          {copied ? t('publish.copied') : t('publish.copy')}
        </button>
        <a className="button" href={url} target="_blank" rel="noreferrer">
          {t('publish.openLink')}
        </a>
      </div>
      <div className="row">
        {shared === 'yes' ? (
          <p className="ok" role="status">
            ✓ {t('templates.shared')}
          </p>
        ) : (
          <button type="button" disabled={shared === 'busy'} onClick={share}>
            {t('templates.share')}
          </button>
        )}
        {shared !== 'no' && shared !== 'busy' && shared !== 'yes' && (
          <p className="error" role="alert">
            {shared}
          </p>
        )}
      </div>
      <h3>{t('publish.poster')}</h3>
      <img
        className="poster"
        alt={t('publish.poster')}
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      />
      <div className="row">
        <button type="button" onClick={() => posterPng(content).then((b) => downloadBlob(b, `${file}.png`))}>
          {t('publish.posterPng')}
        </button>
        <button type="button" onClick={() => downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${file}.svg`)}>
          {t('publish.posterSvg')}
        </button>
      </div>
    </div>
  );
}
