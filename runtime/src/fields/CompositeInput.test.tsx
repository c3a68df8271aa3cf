// @vitest-environment happy-dom
import { bankAccountPack } from '@sprout/examples/packs/bank-account';
import type { Result } from '@sprout/shared';
import { catalogWithPacks } from '@sprout/shared/catalog/pack';
import { type AppDefinition, DEFAULT_SETTINGS } from '@sprout/shared/definition';
import type { CleanSubmission } from '@sprout/shared/submission';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packFieldFor } from '../packs/pack-field-for.ts';
import { AppRenderer } from '../renderer/AppRenderer.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const catalog = catalogWithPacks([{ manifest: bankAccountPack }]);
const definition: AppDefinition = {
  schemaVersion: 2,
  meta: { title: '补贴发放' },
  pages: [
    {
      id: 'p',
      nodes: [
        {
          id: 'n',
          type: 'examples.bankAccount',
          name: 'payee',
          required: true,
          props: { label: '收款账户' },
        },
      ],
    },
  ],
  settings: structuredClone(DEFAULT_SETTINGS),
};

let host: HTMLElement;
let submitted: Result<CleanSubmission> | undefined;
beforeEach(async () => {
  submitted = undefined;
  host = document.createElement('div');
  document.body.append(host);
  await act(async () => {
    createRoot(host).render(
      <AppRenderer
        definition={definition}
        catalog={catalog}
        packField={packFieldFor(new Map())}
        onSubmit={(r) => {
          submitted = r;
        }}
      />,
    );
  });
  // The composite widget loads lazily, as it does on a resident's phone: wait until it is there.
  for (let i = 0; i < 200 && !host.querySelector('#f-payee-account'); i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
  }
});
afterEach(() => host.remove());

async function setValue(selector: string, value: string) {
  const el = host.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

async function submit() {
  await act(async () => {
    host.querySelector<HTMLButtonElement>('#sp-submit')!.click();
    await new Promise((r) => setTimeout(r, 20));
  });
}

describe('a composite pack component in the runtime (银行账户)', () => {
  it('renders a fieldset named by the node label with one labelled control per part', () => {
    expect(host.querySelector('fieldset legend')?.textContent).toContain('收款账户');
    expect(host.querySelector('label[for="f-payee-bank"]')?.textContent).toContain('开户银行');
    expect(host.querySelector('select#f-payee-bank')).not.toBeNull();
    expect(host.querySelector('label[for="f-payee-account"]')?.textContent).toContain('银行卡号');
    expect(host.querySelector('input#f-payee-account')).not.toBeNull();
  });

  it("refuses a wrong check digit with the vendor's message, then sends one object", async () => {
    await setValue('#f-payee-bank', '中国银行');
    await setValue('#f-payee-account', '6212262201023557227');
    await submit();
    expect(submitted?.ok).toBe(false);
    expect(host.textContent).toContain('银行卡号的校验位不正确');

    await setValue('#f-payee-account', '6212262201023557228');
    await submit();
    expect(submitted).toEqual({
      ok: true,
      value: { values: { payee: { bank: '中国银行', account: '6212262201023557228' } }, computed: {} },
    });
  });

  it('says the whole field is required when nothing was filled', async () => {
    await submit();
    expect(submitted?.ok).toBe(false);
    expect(host.querySelector('fieldset')?.textContent).toContain('此项为必填项');
  });
});
