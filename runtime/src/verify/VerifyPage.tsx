import { fromQrPayload, type VerifyResult, verifyResultCode } from '@sprout/shared/result-code';
import { useEffect, useRef, useState } from 'react';
import { PageShell } from '../pages/shell/PageShell.tsx';
import { browserStorage, loadPrefs, type Prefs, savePrefs } from '../pages/shell/prefs.ts';
import { decodeQrFromFile, scanCamera } from './scan-qr.ts';
import {
  type CachedBundle,
  loadTrustBundle,
  readCachedBundle,
  revocationCheck,
  trustedKeysOf,
} from './trust-bundle.ts';
import { Verdict } from './Verdict.tsx';
import { verifyText } from './verify-text.ts';

/** `/verify`: an official or a gatekeeper checks a resident's result code, offline if need be. */
export function VerifyPage() {
  const storage = browserStorage();
  const [prefs, setPrefs] = useState<Prefs>(() => loadPrefs(storage));
  const [bundle, setBundle] = useState<CachedBundle | undefined>(() => readCachedBundle(storage));
  const [online, setOnline] = useState(true);
  const [code, setCode] = useState('');
  const [result, setResult] = useState<VerifyResult>();
  const [notice, setNotice] = useState('');
  const [scanning, setScanning] = useState<AbortController>();
  const video = useRef<HTMLVideoElement>(null);
  const t = (key: Parameters<typeof verifyText>[1], params?: Record<string, string>) =>
    verifyText(prefs.locale, key, params);

  useEffect(() => {
    loadTrustBundle(fetch, storage).then(({ cached, online: reached }) => {
      setBundle(cached);
      setOnline(reached);
    });
  }, [storage]);

  const changePrefs = (next: Prefs) => {
    setPrefs(next);
    savePrefs(storage, next);
  };

  async function check(raw: string) {
    setNotice('');
    const token = fromQrPayload(raw);
    if (!bundle) return setNotice(t('noKeys'));
    const keys = trustedKeysOf(bundle.bundle);
    setResult(
      await verifyResultCode(token, { keys, isRevoked: revocationCheck(bundle.bundle), now: Date.now() / 1000 }),
    );
  }

  async function onImage(file: File | undefined) {
    if (!file) return;
    const text = await decodeQrFromFile(file).catch(() => undefined);
    if (!text) return setNotice(t('noQr'));
    setCode(text);
    await check(text);
  }

  async function toggleScan() {
    if (scanning) return scanning.abort();
    const controller = new AbortController();
    setScanning(controller);
    try {
      const text = video.current ? await scanCamera(video.current, controller.signal) : undefined;
      if (text) {
        setCode(text);
        await check(text);
      }
    } catch {
      setNotice(t('cameraDenied'));
    } finally {
      setScanning(undefined);
    }
  }

  const syncLine = bundle
    ? `${online ? '' : `${t('offline')}。`}${t('syncedAt', { time: new Date(bundle.syncedAt).toLocaleString(prefs.locale) })}`
    : t('noKeys');

  return (
    <PageShell prefs={prefs} onPrefs={changePrefs}>
      <div className={prefs.largeText ? 'sp-app sp-large sp-verify' : 'sp-app sp-verify'} lang={prefs.locale}>
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        <p className="sp-verify-sync" data-testid="sync">
          {syncLine}
        </p>
        <div className="sp-verify-actions">
          <button type="button" className="sp-button" onClick={toggleScan}>
            {scanning ? t('stopScan') : t('scan')}
          </button>
          <label className="sp-button sp-secondary">
            {t('fromImage')}
            <input
              type="file"
              accept="image/*"
              className="sp-visually-hidden"
              onChange={(e) => onImage(e.target.files?.[0])}
            />
          </label>
        </div>
        <video ref={video} className="sp-verify-video" hidden={!scanning} muted playsInline aria-label={t('scan')} />
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void check(code);
          }}
        >
          <label htmlFor="rc-input" className="sp-label">
            {t('pasteLabel')}
          </label>
          <textarea
            id="rc-input"
            className="sp-input"
            rows={3}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            spellCheck={false}
            autoCapitalize="off"
          />
          <button type="submit" className="sp-button">
            {t('check')}
          </button>
        </form>
        {notice && (
          <p className="sp-verify-notice" role="alert">
            {notice}
          </p>
        )}
        <Verdict result={result} locale={prefs.locale} />
      </div>
    </PageShell>
  );
}
