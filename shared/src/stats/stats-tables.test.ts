import { describe, expect, it } from 'vitest';
import type { AppStatsResponse } from '../api/stats.ts';
import { statsTables } from './stats-tables.ts';

const stats: AppStatsResponse = {
  appId: 1,
  title: 't',
  fields: [
    {
      name: 'crop',
      label: { 'zh-CN': '作物', en: 'Crop' },
      kind: 'choice',
      level: 'L1',
      options: [
        { value: '稻', label: '稻' },
        { value: '麦', label: '麦' },
      ],
    },
    { name: 'sick', label: '诊断', kind: 'choice', level: 'L4', options: [{ value: '是', label: '是' }] },
    { name: 'n', label: '人数', kind: 'number', level: 'L1' },
  ],
  total: {
    key: 'all',
    count: 10,
    numbers: { n: { count: 10, sum: 55, mean: 5.5, min: 1, max: 10, median: 5.5 } },
    choices: { crop: { 稻: 7, 麦: 3 }, sick: { 是: null } },
    dates: {},
  },
  overTime: { unit: 'day', points: [{ key: '2026-03-02', count: 10 }] },
  byOutcome: [{ code: 'green', label: '绿码', color: 'green', count: 10 }],
  byOrg: { parent: { orgId: 1, name: '县' }, path: [], rows: [{ orgId: 2, name: '镇', hasChildren: true, count: 10 }] },
  minCell: 5,
  extractedAt: '2026-03-02T00:00:00.000Z',
};

describe('statsTables', () => {
  it('turns every chart into a table with counts and shares, withheld cells named', () => {
    const tables = statsTables(stats, 'zh-CN');
    expect(tables.map((t) => t.id)).toEqual(['overTime', 'byOutcome', 'byOrg', 'field:crop', 'field:sick', 'field:n']);
    expect(tables[3]?.rows).toEqual([
      ['稻', 7, '70%'],
      ['麦', 3, '30%'],
    ]);
    expect(tables[4]?.rows).toEqual([['是', '少于5条不显示', null]]);
    expect(tables[5]?.rows).toEqual([[10, 55, 5.5, 1, 10, 5.5]]);
    expect(statsTables(stats, 'en')[3]?.title).toBe('Crop');
  });
});
