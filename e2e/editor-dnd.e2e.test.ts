import { expect, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { canvasLabels, createBlankApp, dragTo, paletteItem, signIn } from './support/editor-helpers.ts';
import { serverForEachTest } from './support/server-per-test.ts';

// A server of its own: in one clean-clone full run, what other files leave on the shared server
// (packs installed and blocked, notices, templates) made the new page's tab never appear, three
// attempts running; alone it passes. Dragging needs none of that state.
const server = serverForEachTest();

const browser = useBrowser();

it('drags by mouse: to any position, into and out of sections and repeat groups, and across pages', async () => {
  const base = server().url;
  const page = await browser.newPage({ viewport: { width: 1600, height: 950 } });
  await signIn(page, base);
  await createBlankApp(page, '拖拽测试');
  const pageEnd = page.locator('[data-end-zone="page"]');
  for (const type of ['text', 'section', 'repeat']) await dragTo(page, paletteItem(page, type), pageEnd);

  // Onto the top half of a node: before it. The drop indicator shows while hovering.
  const textNode = page.locator('.canvas-node', { hasText: '单行文本' });
  const s = await paletteItem(page, 'phone').boundingBox();
  const t = await textNode.boundingBox();
  if (!s || !t) throw new Error('not visible');
  await page.mouse.move(s.x + 10, s.y + 10);
  await page.mouse.down();
  await page.mouse.move(s.x + 30, s.y + 30, { steps: 4 });
  await page.mouse.move(t.x + t.width / 2, t.y + 6, { steps: 10 });
  await page.locator('.canvas-node.before').waitFor();
  await page.screenshot({ path: '/tmp/editor-e2e-drop-indicator.png' });
  await page.mouse.up();
  await expect.poll(() => canvasLabels(page)).toEqual(['手机号码', '单行文本', '分组', '重复组（明细）']);

  // Into the section and into the repeat group, from the palette and from the canvas.
  await dragTo(page, paletteItem(page, 'date'), page.locator('[data-end-zone="section-1"]'));
  await dragTo(page, textNode, page.locator('[data-end-zone="section-1"]'));
  await dragTo(page, paletteItem(page, 'number'), page.locator('[data-end-zone="repeat-1"]'));
  await expect.poll(() => canvasLabels(page)).toEqual(['手机号码', '分组', '重复组（明细）']);
  const section = page.locator('[data-node-id="section-1"] .canvas-node .node-label');
  await expect.poll(() => section.allTextContents()).toEqual(['日期', '单行文本']);
  await expect
    .poll(() => page.locator('[data-node-id="repeat-1"] .canvas-node .node-label').allTextContents())
    .toEqual(['数字']);

  // Out of the section again: drop after (bottom half of) the phone field.
  await dragTo(page, page.locator('[data-node-id="date-1"]'), page.locator('[data-node-id="phone-1"]'), 'bottom');
  await expect.poll(() => canvasLabels(page)).toEqual(['手机号码', '日期', '分组', '重复组（明细）']);

  // Across pages: drop on another page's tab; the canvas follows the moved field.
  await page.getByRole('button', { name: /添加页面/ }).click();
  await page.getByRole('tab', { name: '第 1 页' }).click();
  await dragTo(page, page.locator('[data-node-id="phone-1"]'), page.getByRole('tab', { name: '第 2 页' }));
  expect(await page.getByRole('tab', { name: '第 2 页' }).getAttribute('aria-selected')).toBe('true');
  await expect.poll(() => canvasLabels(page)).toEqual(['手机号码']);
  // The tab may still be settling after the drop: click until the canvas shows page 1.
  await expect
    .poll(async () => {
      await page.getByRole('tab', { name: '第 1 页' }).click();
      return canvasLabels(page);
    })
    .toEqual(['日期', '分组', '重复组（明细）']);

  // A container never goes into itself.
  await dragTo(
    page,
    page.locator('[data-node-id="section-1"] > .node-head'),
    page.locator('[data-end-zone="section-1"]'),
  );
  await expect.poll(() => canvasLabels(page)).toEqual(['日期', '分组', '重复组（明细）']);
});
