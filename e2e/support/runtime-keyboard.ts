import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { focused } from './runtime-resident.ts';

/** Presses Tab until the focused element has this id (a resident moving through the page). */
export async function tabTo(page: Page, id: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).id === id) return;
  }
  throw new Error(`Tab never reached #${id}; stuck at ${JSON.stringify(await focused(page))}`);
}

/** Picks the first division at each level of a region picker with the arrow key. */
export async function pickFirstRegion(page: Page, id: string, levels: number): Promise<void> {
  for (let i = 0; i < levels; i++) {
    const selectId = i === 0 ? id : `${id}-${i}`;
    await page.locator(`#${selectId}:enabled option:nth-child(2)`).waitFor({ state: 'attached' });
    if (i > 0) await tabTo(page, selectId, 3);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator(`#${selectId}`).inputValue()).not.toBe('');
  }
}

/** Presses Tab until the focused control's text is `name` (buttons have no ids). */
export async function tabToButton(page: Page, name: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).text.replace(/^[+＋]\s*/, '').trim() === name) return;
  }
  throw new Error(`Tab never reached the button ${name}; stuck at ${JSON.stringify(await focused(page))}`);
}
