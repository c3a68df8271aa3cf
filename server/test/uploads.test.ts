import { EXAMPLES } from '@sprout/examples';
import type { AppDefinition } from '@sprout/shared/definition';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elderlyValues, idNumber } from '../src/seed/samples.ts';
import { purgeUnattachedUploads } from '../src/uploads/purge-unattached.ts';
import { exeBytes, htmlBytes, jpegBytes, pdfBytes, pngBytes } from './file-bytes.ts';
import { type Client, json, login, request, startTestServer, type TestServer } from './harness.ts';

let s: TestServer;
let builder: Client;
beforeAll(async () => {
  s = await startTestServer({ app: { uploadQuotas: { perAddress: { files: 40, megabytes: 200 } } } });
  builder = await login(s.url, 'county-builder');
});
afterAll(() => s.close());

type FileRef = { id: string; name: string; size: number; type: string };
type ProblemBody = { status: number; detail: string; errors?: Array<{ path: string; message: string }> };

function upload(slug: string, bytes: Uint8Array, name: string, type: string, init: RequestInit = {}, query = '') {
  const form = new FormData();
  form.set('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), name);
  return request(s.url, `/public/apps/${slug}/uploads${query}`, { method: 'POST', body: form, ...init });
}

/** Publishes a definition as a new app of the county builder; answers its slug. */
async function publish(def: AppDefinition): Promise<string> {
  const app = await json<{ id: number; slug: string }>(
    await builder.fetch('/apps', { method: 'POST', json: { title: '上传测试' } }),
  );
  const saved = await builder.fetch(`/apps/${app.id}/draft`, { method: 'PUT', json: { definition: def, revision: 1 } });
  expect(saved.status).toBe(200);
  expect((await builder.fetch(`/apps/${app.id}/publish`, { method: 'POST' })).status).toBe(201);
  return app.slug;
}

/** The elderly subsidy with its documents field allowing `maxSizeMb` and, optionally, sign-in only. */
function subsidyWith(maxSizeMb: number, submitters: 'anyone' | 'signed-in' = 'anyone'): AppDefinition {
  const def = structuredClone(EXAMPLES['elderly-subsidy']!);
  def.settings.submitters = submitters;
  for (const page of def.pages) {
    for (const node of page.nodes) if (node.type === 'upload') node.props = { ...node.props, maxSizeMb };
  }
  return def;
}

describe('uploads: what is taken', () => {
  it('stores the type found from the first bytes, not the claimed one', async () => {
    const res = await upload('elderly-subsidy', jpegBytes(300), '照片.png', 'image/png');
    expect(res.status).toBe(201);
    expect(await json<FileRef>(res)).toMatchObject({ name: '照片.png', size: 300, type: 'image/jpeg' });
  });

  it('refuses a renamed EXE claimed as PNG, and HTML, with 415', async () => {
    const exe = await upload('elderly-subsidy', exeBytes(), '身份证.png', 'image/png');
    expect(exe.status).toBe(415);
    expect(exe.headers.get('content-type')).toContain('application/problem+json');
    expect((await json<ProblemBody>(exe)).detail).toContain('文件内容');
    expect((await upload('elderly-subsidy', htmlBytes(), 'a.jpg', 'image/jpeg')).status).toBe(415);
  });

  it('refuses a type the named field does not accept, and a field the app lacks', async () => {
    const def = subsidyWith(8);
    for (const page of def.pages) {
      for (const node of page.nodes) if (node.type === 'upload') node.props = { ...node.props, accept: ['image/*'] };
    }
    const slug = await publish(def);
    expect((await upload(slug, pdfBytes(), 'a.pdf', 'application/pdf', {}, '?field=documents')).status).toBe(415);
    expect((await upload(slug, pngBytes(), 'a.png', 'image/png', {}, '?field=documents')).status).toBe(201);
    const wrong = await upload(slug, pngBytes(), 'a.png', 'image/png', {}, '?field=name');
    expect(wrong.status).toBe(422);
    expect((await json<ProblemBody>(wrong)).errors?.[0]?.path).toBe('field');
  });

  it('takes no files for an app without an upload or signature field', async () => {
    const res = await upload('health-code', pngBytes(), 'a.png', 'image/png');
    expect(res.status).toBe(403);
    expect((await json<ProblemBody>(res)).detail).toContain('不接收文件');
  });

  it('asks for a session when the app takes signed-in submitters only', async () => {
    const slug = await publish(subsidyWith(8, 'signed-in'));
    expect((await upload(slug, pngBytes(), 'a.png', 'image/png')).status).toBe(401);
    const res = await upload(slug, pngBytes(), 'a.png', 'image/png', { headers: { cookie: builder.cookie } });
    expect(res.status).toBe(201);
  });
});

describe('uploads: sizes', () => {
  it('takes a 15 MB PDF when the field allows 20 MB, past the 2 MB JSON limit', async () => {
    const slug = await publish(subsidyWith(20));
    const res = await upload(slug, pdfBytes(15 * 1024 * 1024), '病历.pdf', 'application/pdf');
    expect(res.status).toBe(201);
    const ref = await json<FileRef>(res);
    expect(ref).toMatchObject({ size: 15 * 1024 * 1024, type: 'application/pdf' });
    expect((await s.storage.uploads.read((await s.storage.apps.published(slug))!.appId, ref.id))?.length).toBe(
      15 * 1024 * 1024,
    );
  });

  it('refuses a file above the field’s own limit with 413 naming the limit', async () => {
    const res = await upload('elderly-subsidy', pdfBytes(9 * 1024 * 1024), 'big.pdf', 'application/pdf');
    expect(res.status).toBe(413);
    expect((await json<ProblemBody>(res)).detail).toContain('8 MB');
  });
});

describe('uploads: quotas and purge', () => {
  it('stops one address at its daily quota with 429 and Retry-After', async () => {
    const quota = await startTestServer({ app: { uploadQuotas: { perAddress: { files: 2, megabytes: 100 } } } });
    try {
      const send = () => {
        const form = new FormData();
        form.set('file', new Blob([pngBytes() as Uint8Array<ArrayBuffer>], { type: 'image/png' }), 'a.png');
        return request(quota.url, '/public/apps/elderly-subsidy/uploads', { method: 'POST', body: form });
      };
      expect((await send()).status).toBe(201);
      expect((await send()).status).toBe(201);
      const third = await send();
      expect(third.status).toBe(429);
      expect(third.headers.get('retry-after')).toBe('3600');
      quota.clock.advance(24 * 3600_000 + 1);
      expect((await send()).status).toBe(201);
    } finally {
      await quota.close();
    }
  });

  it('purges files not attached to a submission within 24 hours', async () => {
    const ref = await json<FileRef>(await upload('elderly-subsidy', pngBytes(), 'loose.png', 'image/png'));
    const appId = (await s.storage.apps.published('elderly-subsidy'))!.appId;
    expect(await purgeUnattachedUploads(s.storage, s.clock.now())).toBe(0);
    const later = new Date(s.clock.now().getTime() + 24 * 3600_000 + 1000);
    expect(await purgeUnattachedUploads(s.storage, later)).toBeGreaterThanOrEqual(1);
    expect(await s.storage.uploads.get(appId, ref.id)).toBeUndefined();
  });
});

describe('uploads: serving', () => {
  it('serves the detected type as an attachment with nosniff, never as HTML', async () => {
    const ref = await json<FileRef>(await upload('elderly-subsidy', jpegBytes(), '<b>x</b>.html', 'text/html'));
    expect(ref.type).toBe('image/jpeg');
    const admin = await login(s.url, 'county-admin');
    const apps = await json<{ items: Array<{ id: number; slug: string }> }>(await admin.fetch('/apps'));
    const id = apps.items.find((a) => a.slug === 'elderly-subsidy')?.id;
    const res = await admin.fetch(`/apps/${id}/files/${ref.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
  });
});

describe('uploads: at submit', () => {
  let n = 0;
  const submitWith = (slug: string, documents: unknown[]) =>
    request(s.url, `/public/apps/${slug}/submissions`, {
      method: 'POST',
      json: {
        version: 1,
        consentVersion: 1,
        values: { ...elderlyValues(documents), idNumber: idNumber('330110', '19360101', String(100 + ++n)) },
      },
      headers: { 'idempotency-key': `files-${n}` },
    });

  it('refuses a reference whose claimed size or type differs from the stored file', async () => {
    const ref = await json<FileRef>(await upload('elderly-subsidy', jpegBytes(500), '照片.jpg', 'image/jpeg'));
    const bigger = await submitWith('elderly-subsidy', [{ ...ref, size: 400 }]);
    expect(bigger.status).toBe(422);
    const body = await json<ProblemBody>(bigger);
    expect(body.errors?.[0]).toEqual({ path: 'values.documents[0]', message: '文件与上传时不一致，请重新上传' });
    const retyped = await submitWith('elderly-subsidy', [{ ...ref, type: 'application/pdf' }]);
    expect(retyped.status).toBe(422);
    expect((await submitWith('elderly-subsidy', [ref])).status).toBe(201);
  });

  it('keeps files a submission points at when loose ones are purged', async () => {
    const kept = await json<FileRef>(await upload('elderly-subsidy', pngBytes(), '户口本.png', 'image/png'));
    const loose = await json<FileRef>(await upload('elderly-subsidy', pngBytes(), '多余.png', 'image/png'));
    expect((await submitWith('elderly-subsidy', [kept])).status).toBe(201);
    const appId = (await s.storage.apps.published('elderly-subsidy'))!.appId;
    await purgeUnattachedUploads(s.storage, new Date(s.clock.now().getTime() + 25 * 3600_000));
    expect(await s.storage.uploads.get(appId, kept.id)).toBeDefined();
    expect(await s.storage.uploads.get(appId, loose.id)).toBeUndefined();
  });

  it('checks the stored type against the field’s accept list', async () => {
    const def = subsidyWith(8);
    const slug = await publish(def);
    const pdf = await json<FileRef>(await upload(slug, pdfBytes(), 'a.pdf', 'application/pdf'));
    // The field stops taking PDFs in a new version; a resident still on version 1 may send it.
    for (const page of def.pages) {
      for (const node of page.nodes) if (node.type === 'upload') node.props = { ...node.props, accept: ['image/*'] };
    }
    const apps = await json<{ items: Array<{ id: number; slug: string; revision: number }> }>(
      await builder.fetch('/apps'),
    );
    const app = apps.items.find((a) => a.slug === slug)!;
    const detail = await json<{ revision: number }>(await builder.fetch(`/apps/${app.id}`));
    await builder.fetch(`/apps/${app.id}/draft`, {
      method: 'PUT',
      json: { definition: def, revision: detail.revision },
    });
    expect((await builder.fetch(`/apps/${app.id}/publish`, { method: 'POST' })).status).toBe(201);
    const res = await request(s.url, `/public/apps/${slug}/submissions`, {
      method: 'POST',
      json: {
        version: 2,
        consentVersion: 2,
        values: { ...elderlyValues([pdf]), idNumber: idNumber('330110', '19360101', '201') },
      },
      headers: { 'idempotency-key': 'accept-list-1' },
    });
    expect(res.status).toBe(422);
    // Shared validation sees the claimed type first; the claimed type must equal the stored one, found from the bytes.
    const issue = (await json<ProblemBody>(res)).errors?.[0];
    expect(issue?.path).toMatch(/^values\.documents/);
    expect(issue?.message).toBe('不支持该文件类型');
  });
});
