import { idNumberCheckChar } from '@sprout/shared/validators';

const PNG_DOT =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** A valid ID number for a birth date: the checksum is computed, never hand-typed. */
export function idNumber(region: string, birth: string, seq: string): string {
  const body = `${region}${birth}${seq}`;
  return body + idNumberCheckChar(body);
}

/** Answers the seeded examples accept, a few per app, so officials' tables are not empty. */
export function sampleValues(today: string): Record<string, Array<Record<string, unknown>>> {
  return {
    'health-code': [
      healthCode('王小明', idNumber('330110', '19850315', '001'), 36.5, ['无'], '否', '否'),
      healthCode('李芳', idNumber('330110', '19920608', '002'), 37.6, ['无'], '是', '否', '杭州市 2 月 1 日'),
      healthCode('陈建国', idNumber('330110', '19600101', '003'), 38.2, ['发热', '咳嗽'], '否', '是'),
    ],
    'village-daily-report': [dailyReport(today, 32, 120, 0, '否'), dailyReport(today, 28, 95, 1, '是')],
    'huitoukan-survey': [
      {
        headName: '张大山',
        village: '330110109222',
        phone: '13900139000',
        members: [
          { name: '张大山', relation: '户主', age: 58, working: '是', income: 30000 },
          { name: '刘梅', relation: '配偶', age: 55, working: '否' },
        ],
        incomeSources: ['种植'],
        farmIncome: 20000,
        medicalInsurance: '是',
        housingSafe: '是',
        satisfaction: 5,
      },
    ],
    'elderly-subsidy': [],
  };
}

export function elderlyValues(documents: unknown[]): Record<string, unknown> {
  return {
    name: '周福寿',
    idNumber: idNumber('330110', '19380512', '004'),
    phone: '13700137000',
    address: { region: '330110110202', detail: '张堰村 8 组 12 号' },
    householdType: '农村',
    livingAlone: true,
    filledBy: '本人',
    bank: '农商银行',
    bankAccount: '6228480012345678901',
    documents,
    signature: PNG_DOT,
  };
}

function healthCode(
  name: string,
  id: string,
  temperature: number,
  symptoms: string[],
  travel: string,
  contact: string,
  travelPlaces?: string,
) {
  return {
    name,
    idNumber: id,
    phone: '13800138000',
    region: '330110109222',
    temperature,
    symptoms,
    travel,
    contact,
    ...(travelPlaces ? { travelPlaces } : {}),
  };
}

function dailyReport(date: string, households: number, people: number, fever: number, hasIssues: string) {
  return {
    reportDate: date,
    village: '330110109222',
    reporter: '赵网格',
    reporterPhone: '13600136000',
    householdsVisited: households,
    peopleChecked: people,
    feverCases: fever,
    returnees: 2,
    homeObservation: 0,
    hasIssues,
    ...(hasIssues === '是' ? { issueDetail: '一户独居老人需要送药' } : {}),
  };
}
