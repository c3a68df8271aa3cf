import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QueuedSubmission } from '../offline/submission-queue.ts';
import { fieldIssues, sendSubmission } from './public-api.ts';

const item: QueuedSubmission = {
  key: 'k-1',
  slug: 'health-code',
  version: 2,
  values: { name: '张三' },
  locale: 'en',
  queuedAt: 0,
  attempts: 0,
};

afterEach(() => vi.unstubAllGlobals());

describe('sendSubmission', () => {
  it('sends the Idempotency-Key, the version and the language', async () => {
    const fetchMock = vi.fn(async () => Response.json({ receiptCode: 'R1' }, { status: 201 }));
    vi.stubGlobal('fetch', fetchMock);
    expect(await sendSubmission(item)).toMatchObject({ kind: 'sent', receipt: { receiptCode: 'R1' } });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/public/apps/health-code/submissions');
    expect(init.headers).toMatchObject({ 'Idempotency-Key': 'k-1', 'Accept-Language': 'en' });
    expect(JSON.parse(String(init.body))).toEqual({ version: 2, values: { name: '张三' } });
  });

  it('keeps the submission for later on a network failure or a server error, gives up on a 4xx', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    expect(await sendSubmission(item)).toEqual({ kind: 'offline' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 503 })),
    );
    expect(await sendSubmission(item)).toEqual({ kind: 'offline' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ detail: 'closed' }, { status: 410 })),
    );
    expect(await sendSubmission(item)).toMatchObject({ kind: 'rejected', status: 410, problem: { detail: 'closed' } });
  });
});

describe('a submission for an older version', () => {
  it('is `outdated` with the current version, not a final rejection', async () => {
    const problem = { status: 409, detail: 'newer', code: 'version-outdated', currentVersion: 3 };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json(problem, { status: 409 })),
    );
    expect(await sendSubmission(item)).toEqual({ kind: 'outdated', currentVersion: 3 });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ detail: 'already sent once' }, { status: 409 })),
    );
    expect(await sendSubmission(item)).toMatchObject({ kind: 'rejected', status: 409 });
  });
});

describe('fieldIssues', () => {
  it('maps the server’s `values.` paths to the form’s', () => {
    expect(
      fieldIssues({
        errors: [
          { path: 'values.members[0].age', message: 'x' },
          { path: 'version', message: 'y' },
        ],
      }),
    ).toEqual([{ path: 'members[0].age', message: 'x' }]);
  });
});
