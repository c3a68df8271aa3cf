import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { canvasLabels, signIn } from './support/editor-helpers.ts';

const browser = useBrowser();

it('creates from a template, lists a publish error that selects its field, and validates JSON edits and imports', async () => {
  const base = inject('baseUrl');
  const page = await browser.newPage({ viewport: { width: 1600, height: 950 } });
  await signIn(page, base);
  await page.getByRole('button', { name: /新建应用/ }).click();
  await page.locator('label.template', { hasText: '居民健康申报' }).click();
  await page.getByRole('button', { name: '创建并开始编辑' }).click();
  await page.waitForURL(/\/edit$/);
  await expect.poll(async () => (await canvasLabels(page)).join('|')).toContain('姓名');

  // A broken condition appears in the checks with its message; a click selects the field.
  await page.locator('.canvas-node', { hasText: '手机号码' }).click();
  const side = page.locator('.side-panel');
  const visible = side.locator('fieldset.condition', { hasText: '显示条件' });
  await visible.getByRole('button', { name: '改为输入公式' }).click();
  await visible.getByRole('combobox', { name: '公式' }).fill('nosuch > 1');
  await side.getByRole('tab', { name: /发布检查/ }).click();
  const error = side.locator('.check-list.error button').first();
  await expect.poll(() => error.textContent()).toContain('nosuch');
  await page.locator('.canvas-node', { hasText: '姓名' }).click();
  await side.getByRole('tab', { name: /发布检查/ }).click();
  await side.locator('.check-list.error button').first().click();
  await expect.poll(() => side.locator('.inspector h2').textContent()).toContain('手机号码');
  await page.keyboard.press('Control+z');

  // The JSON view refuses an invalid edit and names the path; an imported file replaces the app, undoably.
  await side.getByRole('tab', { name: 'JSON' }).click();
  const text = side.getByLabel('应用定义（JSON）');
  const doc = JSON.parse(await text.inputValue());
  doc.pages[0].nodes[1].type = 'nosuchtype';
  await text.fill(JSON.stringify(doc));
  await side.getByRole('button', { name: '应用修改' }).click();
  await expect.poll(() => side.locator('[role="alert"]').textContent()).toContain('pages[0].nodes[1]');
  const file = join(tmpdir(), `sprout-import-${Date.now()}.json`);
  const imported = {
    schemaVersion: doc.schemaVersion,
    meta: { title: '导入的应用' },
    pages: [
      { id: 'only', title: '导入的页', nodes: [{ id: 'n1', type: 'text', name: 'name', props: { label: '姓名' } }] },
    ],
    settings: {
      submitters: 'anyone',
      anonymous: false,
      oncePer: 'none',
      review: { required: false },
      resultCode: { issue: false },
      retentionDays: 30,
    },
  };
  writeFileSync(file, JSON.stringify(imported));
  await side.locator('input[type="file"]').setInputFiles(file);
  await expect.poll(() => page.getByRole('tab').filter({ hasText: '导入的页' }).count()).toBe(1);
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.getByRole('tab').filter({ hasText: '导入的页' }).count()).toBe(0);
});
