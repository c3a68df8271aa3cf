import type { Browser } from 'playwright-core';
import { createBlankApp, signIn, waitSaved } from '../../e2e/support/editor-helpers.ts';
import { ActionCounter, buildHealthDeclaration } from '../../e2e/support/health-declaration-script.ts';

export interface ActionCount {
  /** Clicks, drags, menu choices and typed texts until the app is published. */
  actions: number;
  /** Everything typed: labels, one threshold, the messages to residents and the consent text. */
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
    // The ID number is sensitive (L4): publishing needs the consent text residents agree to.
    await act.click(page.getByRole('tab', { name: '设置' }));
    await act.fill(page.getByLabel('个人信息告知同意书'), '仅为健康申报收集身份证号码，保存 30 天后删除。');
    await waitSaved(page);
    await act.click(page.getByRole('button', { name: '发布', exact: true }));
    await act.click(page.getByRole('dialog').getByRole('button', { name: '确认发布' }));
    await page.getByTestId('resident-link').waitFor();
    return { actions: act.count, typed: act.typed };
  } finally {
    await page.close();
  }
}
