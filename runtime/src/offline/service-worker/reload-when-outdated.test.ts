// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PAGE_CHECK, reloadWhenOutdated } from './reload-when-outdated.ts';

/** A worker that answers the page's question with `outdated` once `answer()` is called. */
function worker(outdated: boolean) {
  const asked: unknown[] = [];
  let port: MessagePort | undefined;
  return {
    asked,
    controller: {
      postMessage(message: unknown, transfer: Transferable[]) {
        asked.push(message);
        port = transfer[0] as MessagePort;
      },
    } as Pick<ServiceWorker, 'postMessage'>,
    answer: () => port?.postMessage({ outdated }),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

function setUp(outdated: boolean, touched = false) {
  const form = document.createElement('form');
  form.innerHTML = '<input id="name">';
  document.body.append(form);
  const w = worker(outdated);
  let reloads = 0;
  reloadWhenOutdated({ controller: w.controller, form, touched, reload: () => reloads++ });
  return { form, w, reloads: () => reloads };
}

describe('a page the offline worker opened from its copy', () => {
  it('asks the worker once and reloads when the copy was out of date', async () => {
    const { w, reloads } = setUp(true);
    expect(w.asked).toEqual([{ type: PAGE_CHECK }]);
    w.answer();
    await settle();
    expect(reloads()).toBe(1);
  });

  it('stays when the copy was current', async () => {
    const { w, reloads } = setUp(false);
    w.answer();
    await settle();
    expect(reloads()).toBe(0);
  });

  it('stays once the resident has typed, even when out of date', async () => {
    const { form, w, reloads } = setUp(true);
    form.querySelector('input')!.dispatchEvent(new Event('input', { bubbles: true }));
    w.answer();
    await settle();
    expect(reloads()).toBe(0);
  });

  it('does not ask when answers were typed before the scripts ran, or when no worker controls it', () => {
    const typedEarly = setUp(true, true);
    expect(typedEarly.w.asked).toEqual([]);
    let reloads = 0;
    const form = document.createElement('form');
    reloadWhenOutdated({ controller: null, form, touched: false, reload: () => reloads++ });
    expect(reloads).toBe(0);
  });
});
