import { describe, expect, it } from 'vitest';
import { takeInlinePublishedApp } from './inline-app.ts';

/** Just what the function touches of a document: one element by id, which it removes. */
function pageWith(json: string | null) {
  let element: { textContent: string; remove(): void } | null =
    json === null ? null : { textContent: json, remove: () => (element = null) };
  return { getElementById: () => element } as unknown as Document;
}

const body = { app: { slug: 'health-code', title: '健康申报', status: 'published' }, version: 3, definition: {} };

describe('the published app inlined into the page', () => {
  it('is taken once, for the slug asked for; later loads go to the server', () => {
    const doc = pageWith(JSON.stringify(body));
    expect(takeInlinePublishedApp('health-code', doc)).toEqual(body);
    expect(takeInlinePublishedApp('health-code', doc)).toBeUndefined();
  });

  it('is ignored for another slug, when missing, or when not JSON', () => {
    expect(takeInlinePublishedApp('other', pageWith(JSON.stringify(body)))).toBeUndefined();
    expect(takeInlinePublishedApp('health-code', pageWith(null))).toBeUndefined();
    expect(takeInlinePublishedApp('health-code', pageWith('{oops'))).toBeUndefined();
  });
});
