import { suggestName } from '../../commands/names.ts';

/** Everyday labels and the data keys officials expect for them; anything else keys by component type. */
const WORDS: Array<[RegExp, string]> = [
  [/身份证/, 'idNumber'],
  [/姓名|名字/, 'name'],
  [/手机|电话/, 'phone'],
  [/体温/, 'temperature'],
  [/年龄/, 'age'],
  [/性别/, 'gender'],
  [/地址|住址/, 'address'],
  [/症状/, 'symptoms'],
  [/日期/, 'date'],
  [/备注|说明/, 'remark'],
  [/签名/, 'signature'],
  [/照片|图片/, 'photo'],
  [/人数/, 'count'],
  [/金额/, 'amount'],
  [/接触/, 'contact'],
  [/行程|去过/, 'travel'],
  [/村|社区|地区/, 'region'],
  [/单位|企业|公司/, 'company'],
];

/** A data key suggested from the label: English words as typed, common Chinese words translated. */
export function suggestNameFromLabel(label: string, type: string, taken: Set<string>): string {
  const ascii = label
    .trim()
    .replace(/[^A-Za-z0-9 ]/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase()))
    .join('');
  const word = WORDS.find(([re]) => re.test(label))?.[1];
  return suggestName(/^[A-Za-z]/.test(ascii) ? ascii : (word ?? type), taken);
}
