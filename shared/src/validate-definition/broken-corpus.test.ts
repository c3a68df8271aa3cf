import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '@sprout/examples';
import type { AppDefinition } from '../definition/types.ts';
import { validateDefinition } from './index.ts';

// biome-ignore lint/suspicious/noExplicitAny: the corpus breaks definitions in ways the types forbid
type Doc = any;
type Breaker = (d: Doc) => Doc | undefined;
const base = () => JSON.parse(JSON.stringify(EXAMPLES['health-code'])) as Doc;
const survey = () => JSON.parse(JSON.stringify(EXAMPLES['huitoukan-survey'])) as Doc;

/** Each case breaks one thing and names the path the validator must point at. */
const CORPUS: Array<[string, Breaker, string]> = [
  ['not an object', () => 'hello', ''],
  ['no schemaVersion', (d) => ({ ...d, schemaVersion: undefined }), 'schemaVersion'],
  ['schemaVersion from the future', (d) => ({ ...d, schemaVersion: 99 }), 'schemaVersion'],
  ['missing meta', (d) => ({ ...d, meta: undefined }), 'meta'],
  ['title of the wrong type', (d) => ({ ...d, meta: { title: 42 } }), 'meta.title'],
  ['unknown top-level key', (d) => ({ ...d, colour: 'red' }), ''],
  ['no pages', (d) => ({ ...d, pages: [] }), 'pages'],
  [
    'page without nodes',
    (d) => {
      delete d.pages[0].nodes;
    },
    'pages[0].nodes',
  ],
  [
    'node without id',
    (d) => {
      delete d.pages[0].nodes[1].id;
    },
    'pages[0].nodes[1].id',
  ],
  [
    'id with spaces',
    (d) => {
      d.pages[0].nodes[1].id = 'a b';
    },
    'pages[0].nodes[1].id',
  ],
  [
    'duplicate node id',
    (d) => {
      d.pages[1].nodes[0].id = 'f-name';
    },
    'pages[1].nodes[0].id',
  ],
  [
    'duplicate page id',
    (d) => {
      d.pages[1].id = 'p-basic';
    },
    'pages[1].id',
  ],
  [
    'unknown component type',
    (d) => {
      d.pages[0].nodes[1].type = 'slider';
    },
    'pages[0].nodes[1].type',
  ],
  [
    'input without a name',
    (d) => {
      delete d.pages[0].nodes[1].name;
    },
    'pages[0].nodes[1].name',
  ],
  [
    'name with a space',
    (d) => {
      d.pages[0].nodes[1].name = 'full name';
    },
    'pages[0].nodes[1].name',
  ],
  [
    'reserved name',
    (d) => {
      d.pages[0].nodes[1].name = 'constructor';
    },
    'pages[0].nodes[1].name',
  ],
  [
    'duplicate name across pages',
    (d) => {
      d.pages[1].nodes[0].name = 'phone';
    },
    'pages[1].nodes[0].name',
  ],
  [
    'name on a display node',
    (d) => {
      d.pages[0].nodes[0].name = 'intro';
    },
    'pages[0].nodes[0].name',
  ],
  [
    'children on an input',
    (d) => {
      d.pages[0].nodes[1].children = [];
    },
    'pages[0].nodes[1].children',
  ],
  [
    'required on a display node',
    (d) => {
      d.pages[0].nodes[0].required = true;
    },
    'pages[0].nodes[0].required',
  ],
  [
    'unknown prop',
    (d) => {
      d.pages[0].nodes[1].props.colour = 'red';
    },
    'pages[0].nodes[1].props.colour',
  ],
  [
    'prop of the wrong type',
    (d) => {
      d.pages[0].nodes[1].props.maxLength = '30';
    },
    'pages[0].nodes[1].props.maxLength',
  ],
  [
    'prop out of range',
    (d) => {
      d.pages[0].nodes[1].props.maxLength = 0;
    },
    'pages[0].nodes[1].props.maxLength',
  ],
  [
    'enum prop off the list',
    (d) => {
      d.pages[0].nodes[4].props.level = 'planet';
    },
    'pages[0].nodes[4].props.level',
  ],
  [
    'option without a value',
    (d) => {
      d.pages[1].nodes[1].props.options[2].value = '';
    },
    'pages[1].nodes[1].props.options[2].value',
  ],
  [
    'duplicate option value',
    (d) => {
      d.pages[1].nodes[1].props.options[2].value = '发热';
    },
    'pages[1].nodes[1].props.options[2].value',
  ],
  [
    'option label of the wrong type',
    (d) => {
      d.pages[1].nodes[1].props.options[0].label = 7;
    },
    'pages[1].nodes[1].props.options[0].label',
  ],
  [
    'visibleWhen with a syntax error',
    (d) => {
      d.pages[1].nodes[3].visibleWhen = 'travel ==';
    },
    'pages[1].nodes[3].visibleWhen',
  ],
  [
    'visibleWhen naming no field',
    (d) => {
      d.pages[1].nodes[3].visibleWhen = 'travl == "是"';
    },
    'pages[1].nodes[3].visibleWhen',
  ],
  [
    'requiredWhen calling no function',
    (d) => {
      d.pages[1].nodes[3].requiredWhen = 'FOO(travel)';
    },
    'pages[1].nodes[3].requiredWhen',
  ],
  [
    'wrong arity',
    (d) => {
      d.computed[0].expr = 'AGE()';
    },
    'computed[0].expr',
  ],
  [
    'type mismatch',
    (d) => {
      d.outcomes[0].when = 'temperature == "高"';
    },
    'outcomes[0].when',
  ],
  [
    'list compared as a value',
    (d) => {
      d.outcomes[1].when = 'symptoms == "发热"';
    },
    'outcomes[1].when',
  ],
  [
    'validation rule expression',
    (d) => {
      d.pages[1].nodes[1].validations[0].expr = 'COUNT(symptom) > 1';
    },
    'pages[1].nodes[1].validations[0].expr',
  ],
  [
    'invalid pattern',
    (d) => {
      d.pages[0].nodes[1].validations = [{ kind: 'pattern', value: '([a-z' }];
    },
    'pages[0].nodes[1].validations[0].value',
  ],
  [
    'unknown validation kind',
    (d) => {
      d.pages[0].nodes[1].validations = [{ kind: 'regex', value: 'x' }];
    },
    'pages[0].nodes[1].validations[0].kind',
  ],
  [
    'cycle among computed values',
    (d) => {
      d.computed = [
        { name: 'a', expr: 'b + 1' },
        { name: 'b', expr: 'a + 1' },
      ];
    },
    'computed[0].expr',
  ],
  [
    'computed value named like a field',
    (d) => {
      d.computed[0].name = 'phone';
    },
    'computed[0].name',
  ],
  [
    'duplicate outcome code',
    (d) => {
      d.outcomes[1].result.code = 'red';
    },
    'outcomes[1].result.code',
  ],
  [
    'outcome colour off the list',
    (d) => {
      d.outcomes[0].result.color = 'purple';
    },
    'outcomes[0].result.color',
  ],
  [
    'outcome without a label',
    (d) => {
      delete d.outcomes[0].result.label;
    },
    'outcomes[0].result.label',
  ],
  [
    'settings missing',
    (d) => {
      delete d.settings;
    },
    'settings',
  ],
  [
    'oncePer field without the field',
    (d) => {
      d.settings.oncePer = 'field';
    },
    'settings.onceField',
  ],
  [
    'onceField naming no field',
    (d) => {
      d.settings.oncePer = 'field';
      d.settings.onceField = 'idNo';
    },
    'settings.onceField',
  ],
  [
    'review display field naming no field',
    (d) => {
      d.settings.review.displayFields = ['name', 'idNo'];
    },
    'settings.review.displayFields[1]',
  ],
  [
    'result code subject naming no field',
    (d) => {
      d.settings.resultCode.subjectField = 'idNo';
    },
    'settings.resultCode.subjectField',
  ],
  [
    'result code without outcomes',
    (d) => {
      d.outcomes = [];
    },
    'settings.resultCode.issue',
  ],
  [
    'retention of zero days',
    (d) => {
      d.settings.retentionDays = 0;
    },
    'settings.retentionDays',
  ],
  [
    'level off the scale',
    (d) => {
      d.pages[0].nodes[1].level = 'L5';
    },
    'pages[0].nodes[1].level',
  ],
];

const SURVEY_CORPUS: Array<[string, Breaker, string]> = [
  [
    'repeat group without fields',
    (d) => {
      d.pages[0].nodes[3].children = [];
    },
    'pages[0].nodes[3].children',
  ],
  [
    'duplicate name inside a repeat row',
    (d) => {
      d.pages[0].nodes[3].children[1].name = 'name';
    },
    'pages[0].nodes[3].children[1].name',
  ],
  [
    'row field referring to an unknown row field',
    (d) => {
      d.pages[0].nodes[3].children[4].visibleWhen = 'workng == "是"';
    },
    'pages[0].nodes[3].children[4].visibleWhen',
  ],
  [
    'page visibleWhen naming no field',
    (d) => {
      d.pages[2].visibleWhen = 'income < 1';
    },
    'pages[2].visibleWhen',
  ],
  [
    'unknown field of a repeat row',
    (d) => {
      d.computed[1].expr = 'SUM(members.salary)';
    },
    'computed[1].expr',
  ],
];

describe('the broken-definition corpus', () => {
  it('has at least 30 cases', () => expect(CORPUS.length + SURVEY_CORPUS.length).toBeGreaterThanOrEqual(30));

  it.each([...CORPUS.map((c) => [...c, base] as const), ...SURVEY_CORPUS.map((c) => [...c, survey] as const)])(
    '%s is rejected at %s',
    (_name, breakIt, path, start) => {
      const doc = start();
      const broken = breakIt(doc);
      const result = validateDefinition(broken === undefined ? doc : broken);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues.map((i) => i.path)).toContain(path);
      for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(0);
    },
  );

  it('row fields may read outer fields, and valid examples stay valid', () => {
    const d = survey();
    d.pages[0].nodes[3].children[4].visibleWhen = 'working == "是" && headName != ""';
    expect(validateDefinition(d).ok).toBe(true);
  });

  it('reports every problem at once, in Chinese by default and in English on request', () => {
    const d = base();
    d.pages[0].nodes[0].type = 'slider';
    d.pages[1].nodes[1].props.options[2].value = '';
    const zh = validateDefinition(d);
    expect(zh.ok ? [] : zh.issues).toEqual([
      { path: 'pages[0].nodes[0].type', message: '组件类型 slider 不存在', code: 'unknown-type' },
      { path: 'pages[1].nodes[1].props.options[2].value', message: '不能为空', code: 'prop-required' },
    ]);
    const en = validateDefinition(d, { locale: 'en' });
    expect(en.ok ? [] : en.issues.map((i) => i.message)).toEqual([
      'there is no component type slider',
      'must not be empty',
    ]);
  });

  it('migrates an old single-page document before validating it', () => {
    const v1 = {
      schemaVersion: 1,
      title: '旧版',
      nodes: base().pages[0].nodes,
      settings: { ...base().settings, resultCode: { issue: false } },
    };
    const r = validateDefinition(v1);
    expect(r.ok ? r.value.pages[0]?.nodes.length : r.issues).toBe(5);
  });

  it('accepts the blank definition the editor starts from', async () => {
    const { createBlankDefinition } = await import('../definition/defaults.ts');
    expect(validateDefinition(createBlankDefinition() as AppDefinition).ok).toBe(true);
  });
});
