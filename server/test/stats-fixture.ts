import { type AppDefinition, createBlankDefinition } from '@sprout/shared/definition';

/** A report form with every kind statistics summarise, and one L4 choice (a diagnosis). */
export function statsDefinition(): AppDefinition {
  const def = createBlankDefinition('村情统计');
  const opts = (...vs: string[]) => vs.map((v) => ({ value: v, label: v }));
  def.pages[0]!.nodes = [
    { id: 'n1', type: 'number', name: 'population', props: { label: '常住人口', min: 0, integer: true } },
    { id: 'n2', type: 'number', name: 'households', props: { label: '户数', min: 0, integer: true } },
    { id: 'n3', type: 'number', name: 'farmland', props: { label: '耕地面积', min: 0 } },
    { id: 'c1', type: 'radio', name: 'crop', props: { label: '主要作物', options: opts('稻', '麦', '茶') } },
    { id: 'c2', type: 'checkboxes', name: 'services', props: { label: '服务', options: opts('医疗', '养老', '教育') } },
    { id: 'c3', type: 'radio', name: 'diagnosis', level: 'L4', props: { label: '诊断', options: opts('流感', '无') } },
    { id: 'd1', type: 'date', name: 'checkedOn', props: { label: '检查日期' } },
    { id: 't1', type: 'text', name: 'note', props: { label: '备注' } },
  ];
  // An L4 field needs consent text before it can be published (个人信息保护法).
  def.settings.consentText = '诊断信息仅用于本村疫情统计。';
  def.outcomes = [
    { when: 'diagnosis == "流感"', result: { code: 'red', label: '红码', color: 'red' } },
    { result: { code: 'green', label: '绿码', color: 'green' } },
  ];
  return def;
}
