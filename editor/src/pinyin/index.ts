import { match, pinyin } from 'pinyin-pro';

/**
 * The one door for pinyin-pro: syllables for data keys, and matching a typed query
 * (`tw`, `tiwen`, `体`) against a Chinese label for completion.
 */

/** Toneless pinyin of the Chinese characters in `text`, one syllable each; other characters are dropped. */
export function syllablesOf(text: string): string[] {
  const chinese = text.replace(/[^\u3400-\u9fff]/g, '');
  if (!chinese) return [];
  return pinyin(chinese, { toneType: 'none', type: 'array', v: true });
}

/** Whether a query typed in Latin letters spells the start of the label's pinyin or its initials. */
export function matchesPinyin(label: string, query: string): boolean {
  if (!/^[A-Za-z]+$/.test(query)) return false;
  const hit = match(label, query.toLowerCase(), { continuous: true, precision: 'start' });
  return Array.isArray(hit) && hit[0] === 0;
}
