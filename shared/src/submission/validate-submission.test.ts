import { EXAMPLES } from '@sprout/examples';
import { describe, expect, it } from 'vitest';
import type { AppDefinition } from '../definition/types.ts';
import type { Clock } from '../expr/dates.ts';
import { evaluateOutcome } from './evaluate-outcome.ts';
import { validateSubmission } from './validate-submission.ts';

const clock: Clock = { now: new Date('2026-11-28T02:00:00Z'), utcOffsetMinutes: 480 };
const health = EXAMPLES['health-code'] as AppDefinition;
const survey = EXAMPLES['huitoukan-survey'] as AppDefinition;
const subsidy = EXAMPLES['elderly-subsidy'] as AppDefinition;

const healthy = {
  name: '张三',
  idNumber: '11010519491231002X',
  phone: '138 0013 8000',
  region: '330110001001',
  temperature: '36.6',
  symptoms: ['无'],
  travel: '否',
  contact: '否',
};

const paths = (r: ReturnType<typeof validateSubmission>) => (r.ok ? [] : r.issues.map((i) => i.path));

describe('validateSubmission', () => {
  it('accepts a complete health declaration, normalising values', () => {
    const r = validateSubmission(health, healthy, { clock });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.values.temperature).toBe(36.6);
    expect(r.value.values.phone).toBe('13800138000');
    expect(r.value.computed).toEqual({ age: 76, hasSymptoms: false });
    expect(evaluateOutcome(health, r.value.values, r.value.computed)?.code).toBe('green');
  });

  it('names every missing and malformed field', () => {
    const r = validateSubmission(health, { idNumber: '110105194912310021', temperature: 50, travel: '也许' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual(
      expect.arrayContaining([
        { path: 'name', message: '此项为必填项', code: 'required' },
        { path: 'idNumber', message: '身份证号码校验位不正确', code: 'idNumber.checksum' },
        { path: 'temperature', message: '不能大于 43', code: 'number.max' },
        { path: 'travel', message: '“也许”不是可选项', code: 'choice.unknown' },
      ]),
    );
  });

  it('speaks English when asked', () => {
    const r = validateSubmission(health, {}, { locale: 'en' });
    expect(!r.ok && r.issues.find((i) => i.path === 'name')?.message).toBe('This field is required');
  });

  it('strips hidden fields and requires conditionally shown ones', () => {
    const hidden = validateSubmission(health, { ...healthy, travelPlaces: '武汉' }, { clock });
    expect(hidden.ok && 'travelPlaces' in hidden.value.values).toBe(false);
    const shown = validateSubmission(health, { ...healthy, travel: '是' }, { clock });
    expect(paths(shown)).toEqual(['travelPlaces']);
    const filled = validateSubmission(
      health,
      { ...healthy, travel: '是', travelPlaces: '某地 11 月 20 日' },
      { clock },
    );
    expect(filled.ok && filled.value.values.travelPlaces).toBe('某地 11 月 20 日');
    expect(filled.ok && evaluateOutcome(health, filled.value.values, filled.value.computed)?.code).toBe('yellow');
  });

  it('applies custom expression rules with their message', () => {
    const r = validateSubmission(health, { ...healthy, symptoms: ['无', '发热'] }, { clock });
    expect(r.ok ? [] : r.issues).toEqual([
      { path: 'symptoms', message: '选择“以上都没有”时不能同时选择其他症状', code: 'rule' },
    ]);
  });

  it('uses computed values in rules: the subsidy needs an applicant of 80 or more', () => {
    const young = validateSubmission(subsidy, { idNumber: '330102199003078176' }, { clock });
    expect(!young.ok && young.issues.find((i) => i.path === 'idNumber')?.message).toBe('高龄津贴申请人须年满 80 周岁');
  });

  describe('repeat groups', () => {
    const household = {
      headName: '李四',
      village: '330110001001',
      members: [
        { name: '李四', relation: '户主', age: 45, working: '是', income: 30000 },
        { name: '李小四', relation: '子女', age: 10, working: '是', income: 5 },
      ],
      incomeSources: ['务工'],
      farmIncome: 2000,
      medicalInsurance: '是',
      housingSafe: '是',
      satisfaction: 5,
    };

    it('validates row by row, strips hidden row fields and sums across rows', () => {
      const r = validateSubmission(survey, household, { clock });
      expect(r.ok ? [] : r.issues).toEqual([]);
      if (!r.ok) return;
      const rows = r.value.values.members as Array<Record<string, unknown>>;
      expect(rows[1]).toEqual({ name: '李小四', relation: '子女', age: 10 });
      expect(r.value.computed).toMatchObject({ memberCount: 2, wageIncome: 30000, perCapitaIncome: 16000 });
      expect(evaluateOutcome(survey, r.value.values, r.value.computed)?.code).toBe('stable');
    });

    it('reports row errors with the row path, and min rows', () => {
      const r = validateSubmission(
        survey,
        { ...household, members: [{ name: '', relation: '外人', age: 130 }] },
        { clock },
      );
      expect(paths(r)).toEqual(expect.arrayContaining(['members[0].name', 'members[0].relation', 'members[0].age']));
      const none = validateSubmission(survey, { ...household, members: [] }, { clock });
      expect(!none.ok && none.issues.find((i) => i.path === 'members')?.code).toBe('repeat.minRows');
      const wrong = validateSubmission(survey, { ...household, members: 'x' }, { clock });
      expect(paths(wrong)).toContain('members');
    });

    it('shows a conditional page when a computed value calls for it, and requires its fields', () => {
      const poor = {
        ...household,
        members: [{ name: '李四', relation: '户主', age: 70, working: '否' }],
        farmIncome: 3000,
      };
      const r = validateSubmission(survey, poor, { clock });
      expect(paths(r)).toEqual(['risks', 'supportPlan']);
      const filled = validateSubmission(survey, { ...poor, risks: ['因病'], supportPlan: '申请医疗救助' }, { clock });
      expect(filled.ok && evaluateOutcome(survey, filled.value.values, filled.value.computed)?.code).toBe('watch');
    });
  });

  it('drops values of fields the app does not have and rejects a non-object', () => {
    const r = validateSubmission(health, { ...healthy, password: 'x' }, { clock });
    expect(r.ok && 'password' in r.value.values).toBe(false);
    expect(validateSubmission(health, [1, 2]).ok).toBe(false);
  });
});
