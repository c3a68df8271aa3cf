import type { Browser } from 'playwright-core';
import { createBlankApp, signIn, waitSaved } from '../../e2e/support/editor-helpers.ts';
import { ActionCounter, buildHealthDeclaration } from '../../e2e/support/health-declaration-script.ts';

export interface ActionCount {
  /** Clicks, drags, menu choices and typed texts until the app is published. */
  actions: number;
  /** Everything typed: labels, one threshold and the messages to residents. */
  typed: string[];
}

/**
 * A scripted new official builds the health declaration from blank and publishes it (the
 * same script as the browser test); sign-in and naming the app are not counted.
 */
export async function countBuildActions(browser: Browser, origin: string): Promise<ActionCount> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  try {
    await signIn(page, origin);
    await createBlankApp(page, '居民健康申报（基准）');
    const act = new ActionCounter(page);
    await buildHealthDeclaration(page, act);
    await waitSaved(page);
    await act.click(page.getByRole('button', { name: '发布', exact: true }));
    await act.click(page.getByRole('dialog').getByRole('button', { name: '确认发布' }));
    await page.getByTestId('resident-link').waitFor();
    return { actions: act.count, typed: act.typed };
  } finally {
    await page.close();
  }
}
