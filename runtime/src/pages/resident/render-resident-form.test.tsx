import { readFileSync } from 'node:fs';
import type { PublishedAppBody } from '@sprout/shared/api';
import { describe, expect, it } from 'vitest';
import { createDraftStore, createMemoryStorage } from '../../drafts/draft-store.ts';
import { savePrefs } from '../shell/prefs.ts';
import { renderResidentForm } from './render-resident-form.tsx';
import { serverRenderFits } from './server-render-fits.ts';

const healthCode = JSON.parse(
  readFileSync(new URL('../../../../examples/apps/health-code.json', import.meta.url), 'utf8'),
) as PublishedAppBody['definition'];
const body: PublishedAppBody = {
  app: { slug: 'health-code', title: '居民健康申报', status: 'published' },
  version: 3,
  definition: healthCode,
  divisions: { '': [{ code: '33', name: '浙江省', level: 'province' }] },
};

describe('the resident form rendered on the server', () => {
  it('is the whole first page, with the provinces the page carries, and no script', async () => {
    const html = (await renderResidentForm(body))!;
    expect(html).toContain('居民健康申报');
    expect(html).toMatch(/<input[^>]*id="f-name"/);
    expect(html).toContain('<option value="33">浙江省</option>');
    // The markdown block is loaded lazily in the browser; on the server it is awaited.
    expect(html).toContain('<strong>郑重提示</strong>');
    expect(html).toMatch(/<button type="submit" id="sp-submit"[^>]*disabled=""/);
    expect(html).not.toContain('<script');
  });

  it('leaves apps that pin packs to the browser', async () => {
    const packs = [{ id: 'p', version: '1.0.0', components: [] }] as unknown as PublishedAppBody['packs'];
    expect(await renderResidentForm({ ...body, packs })).toBeUndefined();
  });
});

describe('whether a device takes the server’s markup over', () => {
  it('does for a device that never opened the app', () => {
    expect(serverRenderFits(createMemoryStorage(), 'health-code', 3)).toBe(true);
  });

  it('does not when its language, text size, drafts or outbox make its first render differ', () => {
    const largeText = createMemoryStorage();
    savePrefs(largeText, { locale: 'zh-CN', largeText: true });
    expect(serverRenderFits(largeText, 'health-code', 3)).toBe(false);
    const english = createMemoryStorage();
    savePrefs(english, { locale: 'en', largeText: false });
    expect(serverRenderFits(english, 'health-code', 3)).toBe(false);
    const draft = createMemoryStorage();
    createDraftStore({ storage: draft }).save('health-code', 3, { name: '张三' });
    expect(serverRenderFits(draft, 'health-code', 3)).toBe(false);
    expect(serverRenderFits(undefined, 'health-code', 3)).toBe(false);
  });
});
