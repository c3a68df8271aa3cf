/**
 * 中国机动车号牌 (GA 36): the forms this widget helps to type. Pure, so the widget and its
 * tests share it; the server never runs it (it checks the manifest's pattern and rules).
 */

/** The 31 province-level abbreviations that begin a plate, in the order plates are usually listed. */
export const PROVINCES = [...'京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'];

/** Characters that end special plates: police, coach, trailer, consulate. 使 begins an embassy plate. */
export const SUFFIXES = ['警', '学', '挂', '领'] as const;
export const EMBASSY = '使';

export type PlateKind = 'ordinary' | 'newEnergy' | 'police' | 'coach' | 'trailer' | 'embassy' | 'consulate';

// Letters on plates never include I or O (they read as 1 and 0).
const L = 'A-HJ-NP-Z';
const P = PROVINCES.join('');
const FORMS: Array<[PlateKind, RegExp]> = [
  ['ordinary', new RegExp(`^[${P}][${L}][${L}0-9]{5}$`)],
  // Small new-energy cars: D–K letter first; large ones: the letter last.
  ['newEnergy', new RegExp(`^[${P}][${L}](?:[A-HJK][${L}0-9][0-9]{4}|[0-9]{5}[A-HJK])$`)],
  ['police', new RegExp(`^[${P}][${L}][${L}0-9]{4}警$`)],
  ['coach', new RegExp(`^[${P}][${L}][${L}0-9]{4}学$`)],
  ['trailer', new RegExp(`^[${P}][${L}][${L}0-9]{4}挂$`)],
  ['consulate', new RegExp(`^[${P}][${L}][0-9]{4}领$`)],
  ['embassy', /^使[0-9]{6}$/],
];

/** The pattern the manifest's value shape carries: any of the forms above, written compactly. */
export const PLATE_PATTERN = `^(?:[${P}][${L}](?:[${L}0-9]{5}|[A-HJK][${L}0-9][0-9]{4}|[0-9]{5}[A-HJK]|[${L}0-9]{4}[警学挂]|[0-9]{4}领)|使[0-9]{6})$`;

/** Which form a plate has, or undefined when it has none. */
export function plateKind(plate: string): PlateKind | undefined {
  return FORMS.find(([, re]) => re.test(plate))?.[0];
}

/**
 * What a resident typed, in the form plates are stored: no spaces or dots, upper case,
 * the letter O read as the digit 0 and I as 1 (plates have neither letter).
 * @example normalizePlate(' 浙a·12345 ') // '浙A12345'
 */
export function normalizePlate(typed: string): string {
  return typed
    .replace(/[\s·.-]/g, '')
    .toUpperCase()
    .replace(/O/g, '0')
    .replace(/I/g, '1')
    .slice(0, 8);
}

/** Splits a plate into the keypad's part (province or 使) and the typed rest. */
export function splitPlate(plate: string): { head: string; rest: string } {
  const first = plate.slice(0, 1);
  return PROVINCES.includes(first) || first === EMBASSY
    ? { head: first, rest: plate.slice(1) }
    : { head: '', rest: plate };
}
