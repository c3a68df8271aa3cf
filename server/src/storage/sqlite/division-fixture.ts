import type { Division } from '../types.ts';

/**
 * The slice of the real dataset the demo and most tests need: 浙江省 › 杭州市 ›
 * 余杭区 › two towns › their villages, plus a sibling county. Real codes, so tests
 * on the fixture and on the full import agree.
 */
export const DIVISION_FIXTURE: readonly Division[] = [
  { code: '33', name: '浙江省', level: 'province', parentCode: null },
  { code: '11', name: '北京市', level: 'province', parentCode: null },
  { code: '3301', name: '杭州市', level: 'city', parentCode: '33' },
  { code: '330110', name: '余杭区', level: 'county', parentCode: '3301' },
  { code: '330106', name: '西湖区', level: 'county', parentCode: '3301' },
  { code: '330110109', name: '径山镇', level: 'township', parentCode: '330110' },
  { code: '330110110', name: '瓶窑镇', level: 'township', parentCode: '330110' },
  { code: '330110005', name: '五常街道', level: 'township', parentCode: '330110' },
  { code: '330110109222', name: '径山村委会', level: 'village', parentCode: '330110109' },
  { code: '330110109211', name: '双溪村委会', level: 'village', parentCode: '330110109' },
  { code: '330110109212', name: '四岭村委会', level: 'village', parentCode: '330110109' },
  { code: '330110110202', name: '张堰村委会', level: 'village', parentCode: '330110110' },
  { code: '330110110201', name: '南山村委会', level: 'village', parentCode: '330110110' },
];
