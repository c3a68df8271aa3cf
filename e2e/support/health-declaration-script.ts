import type { Locator, Page } from 'playwright-core';
import { dragTo, paletteItem } from './editor-helpers.ts';

/**
 * Counts what an official does by hand: a click, a drag, a choice from a menu, or typing one
 * label or value. `typed` keeps what was typed, to show that only labels and values were.
 */
export class ActionCounter {
  count = 0;
  readonly typed: string[] = [];
  constructor(private readonly page: Page) {}

  async click(target: Locator): Promise<void> {
    this.count += 1;
    await target.click();
  }

  async fill(target: Locator, text: string): Promise<void> {
    this.count += 1;
    this.typed.push(text);
    await target.fill(text);
  }

  async choose(target: Locator, label: string): Promise<void> {
    this.count += 1;
    await target.selectOption({ label });
  }

  async drag(source: Locator, target: Locator): Promise<void> {
    this.count += 1;
    await dragTo(this.page, source, target);
  }
}

/** The fields of the health declaration, in order, and the label typed for each (if not the default). */
const FIELDS: Array<[type: string, label?: string]> = [
  ['text', '姓名'],
  ['idNumber'],
  ['phone'],
  ['number', '今日体温'],
  ['radio', '是否去过中高风险地区'],
  ['textarea', '行程说明'],
];

/** Outcome messages residents read under their result. */
export const OUTCOME_MESSAGES = {
  red: '请留在家中，社区工作人员会与您联系。',
  yellow: '请在 3 天内做一次核酸检测。',
  green: '祝您健康，可正常出行。',
};

/**
 * A new official builds the health declaration from blank, by picking: six fields, a follow-up
 * question shown after 是, a 发热 computed value (体温 ≥ 37.3) and three outcomes with messages.
 * Nothing is typed but labels, one number and the messages; no formula, no key.
 */
export async function buildHealthDeclaration(page: Page, act: ActionCounter): Promise<void> {
  const end = page.locator('[data-end-zone="page"]');
  const side = page.locator('.side-panel');
  for (const [type, label] of FIELDS) {
    await act.drag(paletteItem(page, type), end);
    // A dropped field is selected, so its label can be typed straight away.
    if (label) await act.fill(side.getByLabel('标题', { exact: true }), label);
  }
  // 行程说明 is selected: show it only after 是 — the new row starts on the 是/否 question above it.
  const visible = side.locator('fieldset.condition', { hasText: '显示条件' });
  await act.click(visible.getByRole('button', { name: '添加条件' }));

  // 发热: a computed yes/no, 今日体温 ≥ 37.3.
  await act.click(side.getByRole('tab', { name: '计算值' }));
  await act.click(side.getByRole('button', { name: /添加计算值/ }));
  const computed = side.locator('.computed-row').first();
  await act.fill(computed.getByLabel('显示名称'), '是否发热');
  await act.click(computed.getByRole('button', { name: '添加条件' }));
  const row = computed.locator('.condition-row').first();
  await act.choose(row.getByLabel('问题'), '今日体温');
  await act.choose(row.getByLabel('比较方式'), '大于等于');
  await act.fill(row.getByLabel('值', { exact: true }), '37.3');

  // Outcomes: 其余情况 green first, then red and yellow go above it.
  await act.click(side.getByRole('tab', { name: '结果规则' }));
  for (let i = 0; i < 3; i++) await act.click(side.getByRole('button', { name: /添加结果/ }));
  const rules = side.locator('.outcome-row');
  await act.choose(rules.nth(0).locator('.condition-row').getByLabel('问题'), '是否发热');
  await act.fill(rules.nth(0).getByLabel('给群众的提示'), OUTCOME_MESSAGES.red);
  await act.fill(rules.nth(1).getByLabel('给群众的提示'), OUTCOME_MESSAGES.yellow);
  await act.fill(rules.nth(2).getByLabel('给群众的提示'), OUTCOME_MESSAGES.green);
}
