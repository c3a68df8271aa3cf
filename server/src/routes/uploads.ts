import { OpenAPIHono } from '@hono/zod-openapi';
import type { UploadedFile } from '@sprout/shared/api';
import { randomUUID } from 'node:crypto';
import { acceptsType } from '@sprout/shared/catalog';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { AppEnv } from '../http/context.ts';
import { defineRoute } from '../http/define-route.ts';
import { Problem } from '../http/problem.ts';
import { rateLimited } from '../http/rate-limit.ts';
import type { PublishedApp } from '../storage/types.ts';
import { detectUploadType } from '../uploads/detect-type.ts';
import { type UploadFieldLimits, uploadFieldsOf } from '../uploads/upload-fields.ts';
import { exceededQuota } from '../uploads/upload-quota.ts';
import { closed, publishedApp } from '../http/published-app.ts';

// Signatures are drawn on the phone as small PNGs; an app with only those takes small images.
const SIGNATURE_LIMITS: UploadFieldLimits = { name: '', maxSizeMb: 1, accept: ['image/png', 'image/jpeg'] };
// The multipart envelope around the file: boundaries, headers, the file name.
const MULTIPART_SLACK = 64 * 1024;

const en = (c: Context<AppEnv>) => c.get('locale') === 'en';

/**
 * The limits an upload is held to: the named field's, or when no field is named the
 * most generous of the app's upload fields. Refuses apps that take no files at all.
 */
function limitsFor(c: Context<AppEnv>, app: PublishedApp): UploadFieldLimits[] {
  const { uploads, signatures } = uploadFieldsOf(app.definition);
  const all = signatures ? [...uploads, SIGNATURE_LIMITS] : uploads;
  if (all.length === 0) {
    throw new Problem(403, { 'zh-CN': '此应用不接收文件', en: 'This app takes no files' });
  }
  const field = c.req.query('field');
  if (field === undefined) return all;
  const named = uploads.filter((u) => u.name === field);
  if (named.length === 0) {
    throw new Problem(422, { 'zh-CN': '此应用没有这个上传项', en: 'This app has no such upload field' }, [
      { path: 'field', message: en(c) ? 'Not an upload field of this app' : '不是此应用的上传项' },
    ]);
  }
  return named;
}

const maxBytes = (limits: UploadFieldLimits[]) => Math.max(...limits.map((l) => l.maxSizeMb)) * 1024 * 1024;

const tooLarge = (mb: number) =>
  new Problem(413, { 'zh-CN': `文件过大，上限为 ${mb} MB`, en: `The file is too large; the limit is ${mb} MB` });

/** Holds the body to the app's own file limit before a byte is parsed, so a huge body is cut off early. */
const uploadBodyLimit: MiddlewareHandler<AppEnv> = async (c, next) => {
  const limit = maxBytes(limitsFor(c, await publishedApp(c)));
  return bodyLimit({
    maxSize: limit + MULTIPART_SLACK,
    onError: () => {
      throw tooLarge(Math.round((limit / 1024 / 1024) * 10) / 10);
    },
  })(c, next);
};

async function readFile(c: Context<AppEnv>): Promise<File> {
  const form = await c.req.formData().catch(() => undefined);
  const file = form?.get('file');
  if (!file || typeof file === 'string') {
    throw new Problem(422, { 'zh-CN': '请选择文件', en: 'Send the file in a multipart field named `file`' }, [
      { path: 'file', message: en(c) ? 'Required' : '此项为必填项' },
    ]);
  }
  return file;
}

/** The file's real type from its first bytes, refused unless the field (or any upload field) accepts it. */
async function acceptedType(bytes: Uint8Array, limits: UploadFieldLimits[]): Promise<string> {
  const type = await detectUploadType(bytes);
  if (!type || !limits.some((l) => acceptsType(l.accept, type))) {
    throw new Problem(415, {
      'zh-CN': '不支持该文件类型（按文件内容识别）',
      en: 'This file type is not accepted (judged by its content, not its name)',
    });
  }
  return type;
}

async function checkQuota(c: Context<AppEnv>, appId: number, size: number) {
  const { storage, clock, uploadQuotas } = c.get('deps');
  const over = await exceededQuota(storage, uploadQuotas, { appId, ip: c.get('ip'), size, now: clock.now() });
  if (!over) return;
  const detail =
    over === 'address'
      ? { 'zh-CN': '今天从此网络上传的文件已达上限，请明天再试', en: 'Upload limit for this address reached today' }
      : { 'zh-CN': '此应用今天接收的文件已达上限，请明天再试', en: 'Upload limit for this app reached today' };
  throw new Problem(429, detail, undefined, { 'Retry-After': '3600' });
}

export function uploadRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  defineRoute(
    app,
    {
      method: 'post',
      path: '/public/apps/:slug/uploads',
      summary: 'Upload one file (multipart field `file`) for a later submission; its type is read from its first bytes',
      tag: 'residents',
      auth: 'public',
      query: z.object({ field: z.string().max(200).optional() }),
      middleware: [rateLimited('upload'), uploadBodyLimit],
      responses: {
        201: { description: 'the stored file (its type the one the server found)', answer: 'UploadedFile' },
        401: 'the app takes signed-in submitters only',
        403: 'the app has no upload or signature field',
        404: 'unknown slug',
        410: 'closed',
        413: 'larger than the field allows',
        415: 'not a type the field accepts, judged by the first bytes',
        422: 'no file, or `field` is not an upload field',
        429: 'too many uploads just now, or the daily quota of the address or the app reached (Retry-After)',
      },
    },
    async (c) => {
      const found = await publishedApp(c);
      if (found.status === 'closed' || found.status === 'archived') throw closed();
      if (found.definition.settings.submitters === 'signed-in' && !c.get('session')) {
        throw new Problem(401, {
          'zh-CN': '此应用需登录后填报',
          en: 'This app accepts files from signed-in users only',
        });
      }
      const limits = limitsFor(c, found);
      const file = await readFile(c);
      if (file.size > maxBytes(limits)) throw tooLarge(Math.max(...limits.map((l) => l.maxSizeMb)));
      const bytes = new Uint8Array(await file.arrayBuffer());
      const type = await acceptedType(bytes, limits);
      await checkQuota(c, found.appId, bytes.length);
      const meta = {
        id: randomUUID(),
        appId: found.appId,
        name: file.name.slice(0, 200),
        size: bytes.length,
        type,
        createdAt: c.get('deps').clock.now().toISOString(),
        ip: c.get('ip'),
      };
      await c.get('deps').storage.uploads.save(meta, bytes);
      return c.json({ id: meta.id, name: meta.name, size: meta.size, type: meta.type } satisfies UploadedFile, 201);
    },
  );
  return app;
}
