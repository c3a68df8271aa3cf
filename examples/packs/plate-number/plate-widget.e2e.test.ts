import { buildPack } from '@sprout/component-kit';
import { renderWidget } from '@sprout/component-kit/test-kit';
import { beforeAll, describe, expect, it } from 'vitest';

// The 中国车牌 example's widget, built by the kit and rendered by the kit's test page in real
// Chromium at 360px: what a vendor runs before uploading.
const PLATE = import.meta.dirname;
let widget = '';

beforeAll(async () => {
  const built = await buildPack({ dir: PLATE });
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  widget = built.value.widgets['widgets/examples.plateNumber.js'] ?? '';
});

describe('中国车牌 widget (component-kit test page)', () => {
  it('is filled by keyboard alone: province from the keypad by arrows, then the number', async () => {
    const w = await renderWidget({ packDir: PLATE, widget, label: '车牌号', help: '如 浙A12345', required: true });
    try {
      const { keyboard } = w.page;
      await keyboard.press('Tab');
      expect(await w.page.evaluate(() => document.activeElement?.textContent)).toBe('省份');
      await keyboard.press('Enter');
      expect(await w.page.evaluate(() => document.activeElement?.textContent)).toBe('京');
      for (let i = 0; i < 14; i++) await keyboard.press('ArrowRight');
      expect(await w.page.evaluate(() => document.activeElement?.textContent)).toBe('浙');
      await keyboard.press('Enter');
      expect(await w.page.evaluate(() => document.activeElement?.id)).toBe('w-input');
      await keyboard.type('a12345');
      expect(await w.value()).toBe('浙A12345');
      await keyboard.press('Tab');
      expect((await w.events()).at(-1)).toEqual({ kind: 'blur' });
      expect(await w.axe()).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('opens the keypad on a phone, adds a special ending, and names the control for screen readers', async () => {
    const w = await renderWidget({ packDir: PLATE, widget, label: '车牌号', touch: true, error: '请填写车牌号' });
    try {
      await w.page.getByRole('button', { name: '沪', exact: true }).tap();
      await w.page.locator('#w-input').fill('A1234');
      await w.page.getByRole('button', { name: '车牌号 沪' }).tap();
      await w.page.getByRole('button', { name: '警', exact: true }).tap();
      expect(await w.value()).toBe('沪A1234警');
      const input = w.page.getByRole('textbox', { name: '车牌号' });
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      expect(await input.getAttribute('aria-describedby')).toBe('w-error');
      expect(await w.axe()).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('speaks English when the resident does, and shows a stored value', async () => {
    const w = await renderWidget({ packDir: PLATE, widget, label: 'Plate', locale: 'en', value: '粤B12345F' });
    try {
      expect(await w.page.locator('#w-input').inputValue()).toBe('B12345F');
      expect(await w.page.getByRole('button', { name: /Plate 粤/ }).count()).toBe(1);
      expect(await w.axe()).toEqual([]);
    } finally {
      await w.close();
    }
  });
});
