// @vitest-environment happy-dom
import { INLINE_APP_ID, type PublishedAppBody, SERVER_RENDERED_ATTRIBUTE } from '@sprout/shared/api';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDraftStore, createMemoryStorage } from '../../drafts/draft-store.ts';
import { savePrefs } from '../shell/prefs.ts';
import { decidedTakeover, finishTakeover, pageSlug, prepareTakeover } from './takeover.ts';

const body = {
  app: { slug: 'health-code', title: '居民健康申报', status: 'published' },
  version: 3,
  definition: { pages: [] },
} as unknown as PublishedAppBody;

const at = { pathname: '/a/health-code', search: '' };

/** The page as the server sends it: the form in #root, the published app beside it. */
function serverPage(renderedAs = ''): HTMLElement {
  document.body.innerHTML = `<div id="root" ${SERVER_RENDERED_ATTRIBUTE}="${renderedAs}"><form><input id="f-name" name="name"><select id="f-region"><option value="">请选择</option></select><button type="submit" disabled>提交</button></form></div><script type="application/json" id="${INLINE_APP_ID}">${JSON.stringify(body)}</script>`;
  return document.getElementById('root') as HTMLElement;
}

const controls = (root: HTMLElement) => [...root.querySelectorAll<HTMLInputElement>('input, select, button')];

describe('taking over the form the server rendered', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('hydrates on a device that never opened the app, leaving the form to be typed into', () => {
    const root = serverPage();
    expect(prepareTakeover(root, at, createMemoryStorage())).toBe('hydrate');
    expect(decidedTakeover(root)).toBe('hydrate');
    expect(root.querySelector<HTMLInputElement>('#f-name')?.disabled).toBe(false);
    expect(root.hasAttribute('aria-busy')).toBe(false);
    // The page's code still finds the published app where the server put it.
    expect(document.getElementById(INLINE_APP_ID)).not.toBeNull();
  });

  it('holds the form still on a device that renders afresh, so nothing typed meanwhile is lost', () => {
    const withDraft = createMemoryStorage();
    createDraftStore({ storage: withDraft }).save('health-code', 3, { name: '张三' });
    const english = createMemoryStorage();
    savePrefs(english, { locale: 'en', largeText: false });
    for (const storage of [withDraft, english, undefined]) {
      const root = serverPage();
      expect(prepareTakeover(root, at, storage)).toBe('render');
      expect(decidedTakeover(root)).toBe('render');
      expect(controls(root).every((c) => c.disabled)).toBe(true);
      expect(root.getAttribute('aria-busy')).toBe('true');
      finishTakeover(root);
      expect(root.hasAttribute('aria-busy')).toBe(false);
    }
  });

  it('hydrates an English large-text device’s form when the server rendered it so', () => {
    const device = createMemoryStorage();
    savePrefs(device, { locale: 'en', largeText: true });
    expect(prepareTakeover(serverPage('en.large'), at, device)).toBe('hydrate');
    expect(prepareTakeover(serverPage('en'), at, device)).toBe('render');
    expect(prepareTakeover(serverPage('en.large'), at, createMemoryStorage())).toBe('render');
  });

  it('renders afresh for a receipt link, another app’s page or a page without the server’s form', () => {
    expect(prepareTakeover(serverPage(), { pathname: '/a/health-code', search: '?receipt=R1' }, undefined)).toBe(
      'render',
    );
    expect(prepareTakeover(serverPage(), { pathname: '/a/other-app', search: '' }, createMemoryStorage())).toBe(
      'render',
    );
    const root = serverPage();
    root.removeAttribute(SERVER_RENDERED_ATTRIBUTE);
    expect(prepareTakeover(root, at, createMemoryStorage())).toBe('render');
    // Nothing of the server's to hold: the page's own first render fills the root.
    expect(root.hasAttribute('aria-busy')).toBe(false);
  });

  it('reads the slug from the page’s path', () => {
    expect(pageSlug('/a/health-code')).toBe('health-code');
    expect(pageSlug('/a/%E5%81%A5%E5%BA%B7/x')).toBe('健康');
  });
});
