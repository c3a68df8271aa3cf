import { suggestName } from './names.ts';
import { syllablesOf } from '../pinyin/index.ts';

/**
 * Whole labels officials use every day and the keys their exports already use. Only a
 * whole label matches: "是否去过中高风险地区" must not become `region`.
 */
const WORDS: Array<[RegExp, string]> = [
  [/^(今日|今天|当前|本人)?体温$/, 'temperature'],
  [/^(居民|本人)?身份证(号|号码)?$/, 'idNumber'],
  [/^(本人|您的)?(姓名|名字)$/, 'name'],
  [/^(本人|联系)?(手机|电话)(号|号码)?$/, 'phone'],
  [/^(本人)?年龄$/, 'age'],
  [/^性别$/, 'gender'],
  [/^(现|家庭|居住)?(住址|地址)$/, 'address'],
  [/^(目前|当前)?症状$/, 'symptoms'],
  [/^(备注|说明)$/, 'remark'],
  [/^(本人)?签名$/, 'signature'],
  [/^(照片|图片)$/, 'photo'],
];

const MAX_KEY_LENGTH = 32;

/** The label without what is in brackets ("体温（℃）" → "体温"), which only explains it. */
function withoutBrackets(label: string): string {
  return label.replace(/[（(][^）)]*[）)]/g, '');
}

/** camelCase words, cut at a word boundary so keys stay readable in exports. */
function camel(words: string[]): string {
  let out = '';
  for (const [i, w] of words.entries()) {
    const part = i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase();
    if (out && out.length + part.length > MAX_KEY_LENGTH) break;
    out += part;
  }
  return out;
}

/** Latin words and the pinyin of Chinese characters, in the order they appear. */
function wordsOf(label: string): string[] {
  return (label.match(/[A-Za-z0-9]+|[\u3400-\u9fff]+/g) ?? []).flatMap((chunk) =>
    /^[A-Za-z0-9]/.test(chunk) ? [chunk] : syllablesOf(chunk),
  );
}

/**
 * A data key from the label: the everyday English key for a few common labels, else the
 * label's pinyin in camelCase; unique among `taken`.
 * @example suggestNameFromLabel('是否发热', 'radio', new Set()) // 'shiFouFaRe'
 */
export function suggestNameFromLabel(label: string, type: string, taken: Set<string>): string {
  const core = withoutBrackets(label);
  const word = WORDS.find(([re]) => re.test(core.replace(/[\s\p{P}\p{S}]/gu, '')))?.[1];
  const key = word ?? camel(wordsOf(core));
  return suggestName(/^[A-Za-z]/.test(key) ? key : type, taken);
}
