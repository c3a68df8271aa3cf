import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeExpression } from './analyze.ts';
import { evaluate } from './evaluate.ts';
import { exprProblemText } from './expr-error.ts';
import { T } from './expr-type.ts';
import { normalizeExpression } from './normalize.ts';
import { parseExpression } from './parse.ts';
import { createScope } from './scope.ts';

const norm = (s: string) => normalizeExpression(s).text;

describe('normalizeExpression', () => {
  it.each([
    ["visitedRisk = '是'", "visitedRisk == '是'"],
    ['visitedRisk = ‘是’', 'visitedRisk == "是"'],
    ['remark = ‘他说"好"’', 'remark == "他说\\"好\\""'],
    ['visitedRisk ＝ “是”', 'visitedRisk == "是"'],
    ['temperature ＞＝ 37.3', 'temperature >= 37.3'],
    ['temperature ≥ 37.3 且', 'temperature >= 37.3 且'],
    ['a ≠ 1 || b ≤ 2', 'a != 1 || b <= 2'],
    ['（a ＋ b）× 2 ÷ c', '(a + b)* 2 / c'],
    ['IF（a ＞ 1，“高”，“低”）', 'IF(a > 1,"高","低")'],
    ['a == 1 && b != 2 && c <= 3 && d >= 4 && e === 5', 'a == 1 && b != 2 && c <= 3 && d >= 4 && e === 5'],
    ['a　＝　１', 'a == 1'],
  ])('reads %s as %s', (typed, meant) => expect(norm(typed)).toBe(meant));

  it('leaves what is inside quotes exactly as typed', () => {
    expect(norm('remark = “（空）＝，”')).toBe('remark == "（空）＝，"');
    expect(norm('remark == "他说“好”"')).toBe('remark == "他说“好”"');
  });

  it('escapes an ASCII quote inside Chinese quotes', () => {
    expect(evaluate(parseExpression('“a"b”'), createScope({}))).toBe('a"b');
  });

  it('maps every character back to where the official typed it', () => {
    const { text, sourceIndex } = normalizeExpression('a ＝ ‘是’');
    expect(text).toBe('a == "是"');
    expect(sourceIndex).toEqual([0, 1, 2, 2, 3, 4, 5, 6, 7]);
  });

  it('changes nothing in a formula that is already ASCII and valid', () => {
    const ascii = fc.stringMatching(/^[a-z0-9 ()<>=!&|+*/,."-]{0,30}$/);
    fc.assert(
      fc.property(ascii, (s) => {
        let valid = true;
        try {
          parseExpression(s);
        } catch {
          valid = false;
        }
        if (valid && !/(^|[^=!<>])=([^=]|$)/.test(s)) expect(norm(s)).toBe(s);
      }),
    );
  });
});

describe('formulas typed on a Chinese keyboard', () => {
  const env = (n: string) => ({ visitedRisk: T.string, temperature: T.number })[n];
  const zh = (src: string) => analyzeExpression(src, env).problems.map((p) => exprProblemText(p, 'zh-CN'));

  it('evaluate as the official meant', () => {
    const scope = createScope({ visitedRisk: '是', temperature: 38 });
    expect(evaluate(parseExpression('visitedRisk = ‘是’ && temperature ＞＝ 37.3'), scope)).toBe(true);
    expect(evaluate(parseExpression('visitedRisk＝“否”'), scope)).toBe(false);
  });

  it('name an unquoted option text and say to quote it', () => {
    expect(zh('visitedRisk = 是')).toEqual(['没有名为“是”的问题或计算值；如果“是”是要比较的文字，请给它加上引号']);
  });

  it('point at the word at fault in a syntax error, in Chinese', () => {
    const [p] = analyzeExpression('temperature ＞＝ 37.3 @ 1', env).problems;
    expect(p).toMatchObject({ code: 'syntax', word: '@', index: 20 });
    expect(exprProblemText(p!, 'zh-CN')).toBe('“@”这里写法有误');
    expect(exprProblemText(p!, 'en')).toMatch(/Unexpected/);
  });

  it.each([
    ['visitedRisk ＝＝', '“==”后面还缺少内容'],
    ['visitedRisk == “是', '引号没有成对：“是”缺少结尾的引号'],
    ['（temperature > 1', '括号没有成对：缺少“)”'],
    ['temperature > 1 temperature', '只能写一个条件；几个条件之间用 && （并且）或 || （或者）连接，文字要加引号'],
    ['FOO(1)', '没有函数“FOO”'],
    ['ROUND()', 'ROUND 需要 1 到 2 个参数，这里写了 0 个'],
    ['temperature = "高"', '“==”把数字和文字比较，永远不成立'],
  ])('%s → %s', (src, message) => expect(zh(src)).toEqual([message]));
});
