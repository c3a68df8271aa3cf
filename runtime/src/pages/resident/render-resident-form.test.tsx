import { readFileSync } from 'node:fs';
import type { PublishedAppBody } from '@sprout/shared/api';
import { DEFAULT_DISPLAY_PREFS, type DisplayPrefs } from '@sprout/shared/i18n';
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
    const html = (await renderResidentForm(body, DEFAULT_DISPLAY_PREFS))!;
    expect(html).toContain('居民健康申报');
    expect(html).toMatch(/<input[^>]*id="f-name"/);
    expect(html).toContain('<option value="33">浙江省</option>');
    // The markdown block is loaded lazily in the browser; on the server it is awaited.
    expect(html).toContain('<strong>郑重提示</strong>');
    expect(html).toMatch(/<button type="submit" id="sp-submit"[^>]*disabled=""/);
    expect(html).not.toContain('<script');
  });

  it('speaks the language and has the text size the device chose', async () => {
    const html = (await renderResidentForm(body, { locale: 'en', largeText: true }))!;
    expect(html).toContain('lang="en"');
    expect(html).toContain('sp-large');
    expect(html).toMatch(/<button type="submit" id="sp-submit"[^>]*>Next</);
    const chinese = (await renderResidentForm(body, DEFAULT_DISPLAY_PREFS))!;
    expect(chinese).not.toContain('sp-large');
    expect(chinese).toMatch(/<button type="submit" id="sp-submit"[^>]*>下一步</);
  });

  it('leaves apps that pin packs to the browser', async () => {
    const packs = [{ id: 'p', version: '1.0.0', components: [] }] as unknown as PublishedAppBody['packs'];
    expect(await renderResidentForm({ ...body, packs }, DEFAULT_DISPLAY_PREFS)).toBeUndefined();
  });
});

describe('whether a device takes the server’s markup over', () => {
  const chinese = DEFAULT_DISPLAY_PREFS;
  const englishLarge: DisplayPrefs = { locale: 'en', largeText: true };

  it('does for a device that never opened the app, given the default markup', () => {
    expect(serverRenderFits(createMemoryStorage(), 'health-code', 3, chinese)).toBe(true);
  });

  it('does for a device whose language and text size the server rendered', () => {
    const device = createMemoryStorage();
    savePrefs(device, englishLarge);
    expect(serverRenderFits(device, 'health-code', 3, englishLarge)).toBe(true);
  });

  it('does not when its language, text size, drafts or outbox make its first render differ', () => {
    const largeText = createMemoryStorage();
    savePrefs(largeText, { locale: 'zh-CN', largeText: true });
    expect(serverRenderFits(largeText, 'health-code', 3, chinese)).toBe(false);
    expect(serverRenderFits(largeText, 'health-code', 3, englishLarge)).toBe(false);
    const english = createMemoryStorage();
    savePrefs(english, { locale: 'en', largeText: false });
    expect(serverRenderFits(english, 'health-code', 3, chinese)).toBe(false);
    expect(serverRenderFits(createMemoryStorage(), 'health-code', 3, englishLarge)).toBe(false);
    const draft = createMemoryStorage();
    createDraftStore({ storage: draft }).save('health-code', 3, { name: '张三' });
    expect(serverRenderFits(draft, 'health-code', 3, chinese)).toBe(false);
    expect(serverRenderFits(undefined, 'health-code', 3, chinese)).toBe(false);
  });
});
