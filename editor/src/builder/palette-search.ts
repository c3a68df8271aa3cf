import type { ComponentManifest } from '@sprout/shared';

/**
 * Pinyin initials and common words for the core components, so `sfz` or `shenfen`
 * finds 身份证号码 without shipping a pinyin dictionary. Vendor components match by label and type.
 */
const KEYWORDS: Record<string, string> = {
  text: 'dhwb danhang wenben xingming 姓名 shuru',
  textarea: 'dhwb duohang wenben beizhu 备注',
  number: 'sz shuzi shuliang 数量 tiwen 体温',
  date: 'rq riqi',
  time: 'sj shijian',
  switch: 'kg kaiguan shifou 是否',
  rating: 'pf pingfen haochaping 好差评',
  phone: 'sjhm shoujihaoma dianhua 电话 lianxi 联系',
  idNumber: 'sfzhm shenfenzheng sfz haoma',
  uscc: 'tyshxydm tongyi shehui xinyong daima qiye 企业',
  region: 'xzqh xingzhengquhua diqu 地区 cun 村',
  address: 'dz dizhi zhuzhi 住址',
  select: 'xlxz xiala xuanze',
  radio: 'dx danxuan xuanze shifou 是否',
  checkboxes: 'dx duoxuan xuanze',
  markdown: 'smwz shuoming wenzi tishi 提示',
  image: 'tp tupian',
  divider: 'fgx fengexian',
  section: 'fz fenzu',
  repeat: 'cfz chongfuzu mingxi jiating 家庭成员',
  upload: 'scwj shangchuan wenjian zhaopian 照片 fujian 附件',
  signature: 'sxqm shouxie qianming',
  location: 'wz weizhi dingwei 定位',
};

/** Whether a palette entry matches the search text (label in both languages, type, pinyin). */
export function matchesSearch(m: ComponentManifest, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const hay = `${m.label['zh-CN']} ${m.label.en} ${m.type} ${KEYWORDS[m.type] ?? ''}`.toLowerCase();
  return hay.includes(q);
}
