import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import {
  openApp,
  pickRegion,
  signIn,
  submissionCount,
  TINY_PNG as PNG,
  validIdNumber,
} from './support/runtime-resident.ts';

const browser = useBrowser();
const base = () => inject('baseUrl');

describe('elderly subsidy', () => {
  it('checks age and bank card rules, reveals agent questions, uploads a photo, signs by typing, and is sent for review', async () => {
    const before = await submissionCount(base(), 'elderly-subsidy');
    const { context, page } = await openApp(browser, base(), 'elderly-subsidy');
    await page.locator('#f-name').fill('赵大爷');
    await page.locator('#f-idNumber').fill(validIdNumber('330110', '19700101', '031'));
    await page.locator('#f-idNumber').blur();
    await expect.poll(() => page.locator('#f-idNumber-error').textContent()).toBeTruthy();
    await page.locator('#f-idNumber').fill(validIdNumber('330110', '19400315', '031'));
    await page.locator('#f-idNumber').blur();
    await expect.poll(() => page.locator('#f-idNumber-error').count()).toBe(0);
    // The age-80 notice and the monthly amount follow the ID number.
    await expect.poll(() => page.locator('.sp-computed').textContent()).toContain('100');
    await page.locator('#f-phone').fill('13900139000');
    await pickRegion(page, 'f-address', '330110109202');
    await page.locator('#f-address-detail').fill('求是村 12 号');
    await page.locator('input[name="householdType"][value="农村"]').check();
    await page.locator('#f-livingAlone').check();
    expect(await page.locator('#f-agentName').count()).toBe(0);
    await page.locator('input[name="filledBy"][value="家属"]').check();
    await page.locator('#f-agentName').fill('赵小明');
    await page.locator('#f-agentRelation').selectOption('子女');
    await page.getByRole('button', { name: '下一步' }).click();

    await page.locator('#f-bank').selectOption('农商银行');
    await page.locator('#f-bankAccount').fill('1234');
    await page.locator('#f-bankAccount').blur();
    await expect.poll(() => page.locator('#f-bankAccount-error').textContent()).toContain('16 到 19 位');
    await page.locator('#f-bankAccount').fill('6228480402564890018');
    await page.locator('#f-documents').setInputFiles({ name: '户口本.png', mimeType: 'image/png', buffer: PNG });
    await page.locator('.sp-files li').waitFor();
    await page
      .locator('#f-documents')
      .setInputFiles({ name: 'big.exe', mimeType: 'application/x-msdownload', buffer: PNG });
    await expect.poll(() => page.locator('.sp-upload [role="status"]').textContent()).toContain('不支持');
    // Drawing with a pointer (mouse, pen or finger) signs; "重签" clears it.
    const box = (await page.locator('canvas.sp-canvas').boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + 120, box.y + 80, { steps: 8 });
    await page.mouse.move(box.x + 200, box.y + 30, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.locator('.sp-signature [role="status"]').textContent()).toBe('已签名');
    await page.getByRole('button', { name: '重签' }).click();
    await expect.poll(() => page.locator('.sp-signature [role="status"]').textContent()).toBe('');
    await page.locator('#f-signature').fill('赵小明');
    await page.getByRole('button', { name: '用输入的姓名签名' }).click();
    await page.locator('#sp-consent-agree').check(); // 我已阅读并同意
    await page.getByRole('button', { name: '提交' }).click();
    await page.locator('.sp-receipt').waitFor();
    expect(await page.locator('.sp-receipt').textContent()).toContain('待审核');
    expect(await submissionCount(base(), 'elderly-subsidy')).toBe(before + 1);
    await context.close();
  });
});

describe('回头看 survey', () => {
  it('adds, reorders and removes household members, shows row questions by age, and skips the risk page when not at risk', async () => {
    const { context, page } = await openApp(browser, base(), 'huitoukan-survey');
    await signIn(context, base());
    await page.locator('#f-headName').fill('钱老汉');
    await pickRegion(page, 'f-village', '330110109202');
    // One row to start with (minRows 1); its "working" question appears only from age 16.
    await page.locator('#f-members-0-name').fill('钱老汉');
    await page.locator('#f-members-0-relation').selectOption('户主');
    await page.locator('#f-members-0-age').fill('10');
    expect(await page.locator('#f-members-0-working').count()).toBe(0);
    await page.locator('#f-members-0-age').fill('52');
    await page.locator('#f-members-0-working').waitFor();
    await page.locator('input[name="members.0.working"][value="是"]').check();
    await page.locator('#f-members-0-income').fill('30000');

    await page.getByRole('button', { name: '添加成员' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-members-row-1');
    await page.locator('#f-members-1-name').fill('钱小宝');
    await page.locator('#f-members-1-relation').selectOption('子女');
    await page.locator('#f-members-1-age').fill('8');
    await page.getByRole('button', { name: '添加成员' }).click();
    await page.locator('#f-members-2-name').fill('多余的一行');
    await page.getByRole('button', { name: '删除第 3 条' }).click();
    await expect.poll(() => page.locator('#f-members-2-name').count()).toBe(0);
    await page.getByRole('button', { name: '上移第 2 条' }).click();
    await expect.poll(() => page.locator('#f-members-0-name').inputValue()).toBe('钱小宝');
    expect(await page.locator('#f-members-1-name').inputValue()).toBe('钱老汉');
    await expect.poll(() => page.locator('.sp-computed').textContent()).toContain('2');
    await page.getByRole('button', { name: '下一步' }).click();

    await page.getByRole('checkbox', { name: '其他' }).check();
    await page.locator('#f-otherSource').waitFor();
    await page.getByRole('checkbox', { name: '其他' }).uncheck();
    await expect.poll(() => page.locator('#f-otherSource').count()).toBe(0);
    await page.getByRole('checkbox', { name: '务工' }).check();
    await page.locator('#f-farmIncome').fill('6000');
    await page.locator('input[name="medicalInsurance"][value="是"]').check();
    await page.locator('input[name="housingSafe"][value="是"]').check();
    expect(await page.locator('.sp-progress').textContent()).toContain('共 3 步');
    await page.getByRole('button', { name: '下一步' }).click();

    await page.locator('input[name="satisfaction"][value="5"]').check();
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: 30.3925, longitude: 119.8796, accuracy: 12 });
    await page.getByRole('button', { name: '获取当前位置' }).click();
    await expect.poll(() => page.locator('.sp-location [role="status"]').textContent()).toContain('30.39250');
    await page.locator('#f-visitLocation').fill('钱老汉家中');
    await page.getByRole('button', { name: '提交' }).click();
    await page.locator('.sp-receipt').waitFor();
    await context.close();
  });
});

describe('village daily report', () => {
  it('keeps numbers whole and not negative, shows the issue detail only when there are issues, and submits for a signed-in reporter', async () => {
    const { context, page } = await openApp(browser, base(), 'village-daily-report');
    await signIn(context, base());
    await page.locator('#f-reportDate').fill('2026-11-28');
    await pickRegion(page, 'f-village', '330110109202');
    await page.locator('#f-reporter').fill('孙网格');
    await page.locator('#f-reporterPhone').fill('13700137000');
    await page.locator('#f-householdsVisited').fill('-3');
    await page.locator('#f-householdsVisited').blur();
    await expect.poll(() => page.locator('#f-householdsVisited-error').textContent()).toContain('不能小于 0');
    await page.locator('#f-householdsVisited').fill('2.5');
    await page.locator('#f-householdsVisited').blur();
    await expect.poll(() => page.locator('#f-householdsVisited-error').textContent()).toContain('整数');
    await page.locator('#f-householdsVisited').fill('42');
    await page.locator('#f-peopleChecked').fill('120');
    await page.locator('#f-feverCases').fill('3');
    await page.locator('#f-returnees').fill('5');
    await page.locator('#f-homeObservation').fill('2');
    await expect.poll(() => page.locator('.sp-computed').textContent()).toContain('2.5');
    await page.locator('input[name="hasIssues"][value="是"]').check();
    await page.locator('#f-issueDetail').fill('一户拒绝测温');
    await page.getByRole('button', { name: '提交' }).click();
    await page.locator('.sp-receipt').waitFor();
    await context.close();
  });

  it('tells a resident who is not signed in why the report was not accepted', async () => {
    const { context, page } = await openApp(browser, base(), 'village-daily-report');
    await page.locator('#f-reportDate').fill('2026-11-28');
    await pickRegion(page, 'f-village', '330110109202');
    await page.locator('#f-reporter').fill('孙网格');
    await page.locator('#f-reporterPhone').fill('13700137000');
    for (const f of ['householdsVisited', 'peopleChecked', 'feverCases', 'returnees', 'homeObservation']) {
      await page.locator(`#f-${f}`).fill('1');
    }
    await page.locator('input[name="hasIssues"][value="否"]').check();
    await page.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => page.locator('.sp-notice-error').textContent()).toContain('登录');
    await context.close();
  });
});
