import { readFile } from 'node:fs/promises';

/** Who uploads: a vendor or admin account by name and password, or a session token already signed in. */
export type InstallCredentials = { user: string; password: string } | { token: string };

export type InstallPackOptions = InstallCredentials & {
  /** The Sprout server's base URL, e.g. `https://sprout.example.gov.cn`. */
  server: string;
  /** The `.tgz` that `sprout-pack build` wrote. */
  file: string;
  /** The language of the server's messages (refusals name each problem's path either way); zh-CN by default. */
  locale?: 'zh-CN' | 'en';
};

/** What the server answered: the installed pack, or its problem+json with an `errors` list. */
export type InstallResult =
  | { ok: true; status: number; pack: Record<string, unknown> }
  | {
      ok: false;
      status: number;
      problem: { title?: string; detail?: string; errors?: Array<{ path: string; message: string }> };
    };

/**
 * `sprout-pack install`: signs in as the vendor (or uses a session token) and uploads the archive to
 * `POST /api/v1/catalog/packs`. The pack is then installed but not yet usable: an admin
 * approves it (上架) for an org subtree in the console.
 * @example await installPack({ server: 'http://127.0.0.1:8787', user: 'acme', password, file: 'dist/acme-plate-number-1.2.0.tgz' })
 */
export async function installPack(options: InstallPackOptions): Promise<InstallResult> {
  const base = options.server.replace(/\/+$/, '');
  const language = { 'accept-language': options.locale ?? 'zh-CN' };
  const signed = await signIn(base, options, language);
  if (!signed.ok) return signed;
  const { cookie, csrfToken } = signed;
  const upload = await fetch(`${base}/api/v1/catalog/packs`, {
    method: 'POST',
    headers: { ...language, 'content-type': 'application/gzip', 'x-csrf-token': csrfToken, cookie },
    body: await readFile(options.file),
  });
  if (!upload.ok) return { ok: false, status: upload.status, problem: await problemOf(upload) };
  return { ok: true, status: upload.status, pack: (await upload.json()) as Record<string, unknown> };
}

type SignedIn = { ok: true; cookie: string; csrfToken: string };

/** A session cookie and its CSRF token: by signing in, or by asking `/auth/me` about a given token. */
async function signIn(
  base: string,
  credentials: InstallCredentials,
  language: Record<string, string>,
): Promise<SignedIn | Extract<InstallResult, { ok: false }>> {
  if ('token' in credentials) {
    const cookie = `sprout_session=${credentials.token}`;
    const me = await fetch(`${base}/api/v1/auth/me`, { headers: { ...language, cookie } });
    if (!me.ok) return { ok: false, status: me.status, problem: await problemOf(me) };
    return { ok: true, cookie, csrfToken: ((await me.json()) as { csrfToken: string }).csrfToken };
  }
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { ...language, 'content-type': 'application/json' },
    body: JSON.stringify({ username: credentials.user, password: credentials.password }),
  });
  if (!login.ok) return { ok: false, status: login.status, problem: await problemOf(login) };
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return { ok: true, cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrfToken };
}

async function problemOf(response: Response) {
  const text = await response.text();
  try {
    return JSON.parse(text) as { title?: string; detail?: string; errors?: Array<{ path: string; message: string }> };
  } catch {
    return { title: `${response.status} ${response.statusText}`, detail: text.slice(0, 500) };
  }
}
