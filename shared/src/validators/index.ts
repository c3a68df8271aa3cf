export { birthDateFromIdNumber, idNumberCheckChar, idNumberProblem, maskIdNumber } from './id-number.ts';
export type { IdNumberProblem } from './id-number.ts';
export { usccCheckChar, usccProblem } from './uscc.ts';
export type { UsccProblem } from './uscc.ts';
export { isMainlandMobile, maskMobile, normalizeMobile } from './phone.ts';
export { maskName } from './mask-name.ts';
export { divisionLevelOf, DIVISION_LEVELS } from './division-code.ts';
export type { DivisionLevel } from './division-code.ts';
export { hasValidLuhnDigit } from './luhn.ts';
