import { localize } from '@sprout/shared';
import { posterPng, posterSvg } from '../../builder/publish/poster.ts';
import { downloadBlob } from '../../builder/download.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { VersionSummary } from '../deploy-api.ts';

/** Every published version with its QR poster to download again (the link always opens the current version). */
export function VersionPosters({
  slug,
  versions,
  titleOf,
}: {
  slug: string;
  versions: VersionSummary[];
  titleOf(version: number): Promise<Parameters<typeof localize>[0]>;
}) {
  const { t, locale } = useI18n();
  if (versions.length === 0) return <p className="muted">{t('manage.noVersions')}</p>;
  const download = async (version: number, kind: 'png' | 'svg') => {
    const title = localize(await titleOf(version), locale) || slug;
    const content = {
      title,
      url: new URL(`/a/${slug}`, location.origin).href,
      instructions: t('publish.instructions'),
    };
    const file = `${title}-v${version}-二维码.${kind}`;
    if (kind === 'png') downloadBlob(await posterPng(content), file);
    else downloadBlob(new Blob([posterSvg(content)], { type: 'image/svg+xml' }), file);
  };
  return (
    <ul className="version-posters">
      {versions.map((v) => (
        <li key={v.version}>
          <strong>{t('manage.version', { version: v.version })}</strong>{' '}
          <span className="muted">
            {t('manage.publishedAt', { at: new Date(v.publishedAt).toLocaleString(locale) })}
          </span>{' '}
          <button type="button" onClick={() => void download(v.version, 'png')}>
            {t('manage.posterPng')}
          </button>{' '}
          <button type="button" onClick={() => void download(v.version, 'svg')}>
            {t('manage.posterSvg')}
          </button>
        </li>
      ))}
    </ul>
  );
}
