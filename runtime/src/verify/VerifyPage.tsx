import { fromQrPayload, issuerNames, type VerifyResult, verifyResultCode } from '@sprout/shared/result-code';
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
  const attempt = useRef(0);
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
    savePrefs(storage, next, document);
  };

  /** A new scan, picture or paste starts from nothing: the last verdict must never stand in for this one. */
  function startOver() {
    attempt.current += 1;
    setResult(undefined);
    setNotice('');
  }

  async function check(raw: string) {
    startOver();
    const token = fromQrPayload(raw);
    if (!bundle) return setNotice(t('noKeys'));
    const mine = attempt.current;
    const keys = trustedKeysOf(bundle.bundle);
    const verdict = await verifyResultCode(token, {
      keys,
      isRevoked: revocationCheck(bundle.bundle),
      now: Date.now() / 1000,
    });
    // A scan that started meanwhile owns the verdict area now.
    if (mine === attempt.current) setResult(verdict);
  }

  async function onImage(input: HTMLInputElement) {
    startOver();
    const file = input.files?.[0];
    // Cleared so that choosing the same picture again is a new scan too.
    input.value = '';
    if (!file) return;
    const text = await decodeQrFromFile(file).catch(() => undefined);
    if (!text) return setNotice(t('noQr'));
    setCode(text);
    await check(text);
  }

  async function toggleScan() {
    if (scanning) return scanning.abort();
    startOver();
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
              onChange={(e) => onImage(e.currentTarget)}
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
            onChange={(e) => {
              setCode(e.target.value);
              if (result || notice) startOver();
            }}
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
        <Verdict
          result={result}
          names={result?.claims && bundle ? issuerNames(bundle.bundle, result.claims) : undefined}
          locale={prefs.locale}
        />
      </div>
    </PageShell>
  );
}
