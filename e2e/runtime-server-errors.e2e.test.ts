import { expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { apiLogin } from './support/review-helpers.ts';
import { openApp } from './support/runtime-resident.ts';

const browser = useBrowser();
const base = () => inject('baseUrl');

/** A one-question app that takes one submission per household number, published by 径山村. */
async function publishOncePerHousehold(): Promise<string> {
  const admin = await apiLogin(base(), 'county-admin');
  const orgs = (await (await admin.fetch('/orgs')).json()) as { items: Array<{ id: number; code: string }> };
  const orgId = orgs.items.find((o) => o.code === '330110109222')!.id;
  const title = `每户一次的登记 ${Date.now()}`;
  const definition = {
    schemaVersion: 2,
    meta: { title },
    pages: [
      {
        id: 'p1',
        title: '登记',
        nodes: [{ id: 'n-household', type: 'text', name: 'household', required: true, props: { label: '户号' } }],
      },
    ],
    computed: [],
    outcomes: [],
    settings: {
      submitters: 'anyone',
      anonymous: false,
      oncePer: 'field',
      onceField: 'household',
      review: { required: false },
      resultCode: { issue: false },
      retentionDays: 365,
    },
  };
  const created = await admin.fetch('/apps', { method: 'POST', json: { title, orgId, definition } });
  if (created.status !== 201) throw new Error(`create app: ${created.status} ${await created.text()}`);
  const app = (await created.json()) as { id: number; slug: string };
  const published = await admin.fetch(`/apps/${app.id}/publish`, { method: 'POST' });
  if (published.status !== 201) throw new Error(`publish: ${published.status} ${await published.text()}`);
  return app.slug;
}

it('shows an error only the server can find (this household already registered) under its own field', async () => {
  const slug = await publishOncePerHousehold();
  for (const attempt of ['first', 'second']) {
    const { context, page } = await openApp(browser, base(), slug);
    await page.locator('#f-household').fill('JS-0042');
    await page.getByRole('button', { name: '提交' }).click();
    if (attempt === 'first') {
      await page.getByText('回执码').first().waitFor();
    } else {
      // The form stays, the answer is kept, and the message sits under the field it is about.
      await expect.poll(() => page.locator('#f-household-error').textContent()).toContain('已经提交过');
      expect(await page.locator('#f-household').inputValue()).toBe('JS-0042');
      expect(await page.locator('#f-household').getAttribute('aria-invalid')).toBe('true');
    }
    await context.close();
  }
});
