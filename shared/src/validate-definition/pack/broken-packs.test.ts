import { describe, expect, it } from 'vitest';
import { bankAccountPack } from '@sprout/examples/packs/bank-account';
import { validatePackManifest } from './index.ts';

// biome-ignore lint/suspicious/noExplicitAny: the corpus breaks manifests in ways the types forbid
type Doc = any;
type Breaker = (d: Doc) => Doc | undefined;

/** The example composite pack plus one widget component, so both kinds can be broken. */
function base(): Doc {
  const doc = JSON.parse(JSON.stringify(bankAccountPack));
  doc.components.push({
    type: 'examples.plate',
    title: { 'zh-CN': '车牌号', en: 'Plate' },
    category: 'china',
    props: { newEnergy: { kind: 'boolean', label: { 'zh-CN': '新能源', en: 'New energy' }, default: true } },
    value: { type: 'string', pattern: '^[A-Z0-9]{7,8}$' },
    rules: [{ when: 'LEN(value) == 8 && !props.newEnergy', message: { 'zh-CN': '不收新能源', en: 'No EV' } }],
    defaultLevel: 'L3',
    mask: { kind: 'keep', start: 1, end: 2 },
    exportColumns: [{ key: 'plate', label: { 'zh-CN': '车牌', en: 'Plate' }, expr: 'value' }],
    capabilities: ['none'],
    widget: 'dist/plate.js',
  });
  return doc;
}

const FILES = new Set(['sprout-pack.json', 'dist/plate.js']);
const TAKEN = new Map([['other.thing', '@other/pack']]);
const check = (doc: Doc, extra: { takenTypes?: Map<string, string> } = {}) =>
  validatePackManifest(doc, { locale: 'en', files: FILES, takenTypes: TAKEN, ...extra });

/** Each case breaks one thing and names the path the validator must point at. */
const CORPUS: Array<[string, Breaker, string]> = [
  ['not an object', () => 'hello', ''],
  [
    'unscoped name',
    (d) => {
      d.name = 'plate-number';
    },
    'name',
  ],
  [
    'upper-case scope',
    (d) => {
      d.name = '@Acme/plate';
    },
    'name',
  ],
  [
    'version not semver',
    (d) => {
      d.version = '1.2';
    },
    'version',
  ],
  [
    'version "latest"',
    (d) => {
      d.version = 'latest';
    },
    'version',
  ],
  ['no vendor', (d) => void delete d.vendor, 'vendor'],
  [
    'componentApi not a range',
    (d) => {
      d.componentApi = 'v-one';
    },
    'componentApi',
  ],
  [
    'componentApi excludes this Sprout',
    (d) => {
      d.componentApi = '^2.0.0';
    },
    'componentApi',
  ],
  [
    'no components',
    (d) => {
      d.components = [];
    },
    'components',
  ],
  [
    'unknown top-level key',
    (d) => {
      d.scripts = { postinstall: 'rm -rf /' };
    },
    '',
  ],
  [
    'host not a record of strings',
    (d) => {
      d.host = { react: 19 };
    },
    'host.react',
  ],
  [
    'type without a namespace',
    (d) => {
      d.components[0].type = 'bankAccount';
    },
    'components[0].type',
  ],
  [
    'type that reuses a core name',
    (d) => {
      d.components[1].type = 'idNumber';
    },
    'components[1].type',
  ],
  [
    'two namespaces in one pack',
    (d) => {
      d.components[1].type = 'acme.plate';
    },
    'components[1].type',
  ],
  [
    'type twice in the pack',
    (d) => {
      d.components[1].type = 'examples.bankAccount';
    },
    'components[1].type',
  ],
  [
    'type another pack provides',
    (d) => {
      for (const c of d.components) c.type = c.type.replace('examples.', 'other.');
      d.components[1].type = 'other.thing';
    },
    'components[1].type',
  ],
  ['title missing English', (d) => void delete d.components[0].title.en, 'components[0].title.en'],
  [
    'unknown category',
    (d) => {
      d.components[0].category = 'finance';
    },
    'components[0].category',
  ],
  [
    'unknown prop kind',
    (d) => {
      d.components[1].props.newEnergy.kind = 'slider';
    },
    'components[1].props.newEnergy.kind',
  ],
  [
    'enum default not among its values',
    (d) => {
      d.components[1].props.style = {
        kind: 'enum',
        label: { 'zh-CN': '样式', en: 'Style' },
        values: [{ value: 'a', label: { 'zh-CN': 'A', en: 'A' } }],
        default: 'b',
      };
    },
    'components[1].props.style.default',
  ],
  [
    'unknown value type',
    (d) => {
      d.components[1].value = { type: 'plate' };
    },
    'components[1].value.type',
  ],
  [
    'pattern that does not compile',
    (d) => {
      d.components[1].value.pattern = '[A-Z';
    },
    'components[1].value.pattern',
  ],
  [
    'required names no property',
    (d) => void d.components[0].value.required.push('iban'),
    'components[0].value.required[2]',
  ],
  [
    'rule that does not parse',
    (d) => {
      d.components[0].rules[0].check = 'LUHN(value.account';
    },
    'components[0].rules[0].check',
  ],
  [
    'rule calls an unknown function',
    (d) => {
      d.components[0].rules[0].check = 'EVAL(value)';
    },
    'components[0].rules[0].check',
  ],
  [
    'rule reads a name other than value and props',
    (d) => {
      d.components[1].rules[0].when = 'window == 1';
    },
    'components[1].rules[0].when',
  ],
  [
    'rule with both check and when',
    (d) => {
      d.components[1].rules[0].check = 'true';
    },
    'components[1].rules[0]',
  ],
  ['rule without a message', (d) => void delete d.components[0].rules[0].message, 'components[0].rules[0].message'],
  [
    'export column that does not parse',
    (d) => {
      d.components[0].exportColumns[1].expr = 'value..account';
    },
    'components[0].exportColumns[1].expr',
  ],
  [
    'export column key twice',
    (d) => {
      d.components[0].exportColumns[1].key = 'bank';
    },
    'components[0].exportColumns[1].key',
  ],
  [
    'unknown mask kind',
    (d) => {
      d.components[0].mask = { kind: 'stars' };
    },
    'components[0].mask.kind',
  ],
  [
    'keep mask without counts',
    (d) => {
      d.components[1].mask = { kind: 'keep' };
    },
    'components[1].mask.start',
  ],
  [
    'unknown data level',
    (d) => {
      d.components[0].defaultLevel = 'L5';
    },
    'components[0].defaultLevel',
  ],
  [
    'unknown capability',
    (d) => {
      d.components[1].capabilities = ['network'];
    },
    'components[1].capabilities[0]',
  ],
  [
    '"none" with another capability',
    (d) => {
      d.components[1].capabilities = ['none', 'camera'];
    },
    'components[1].capabilities',
  ],
  [
    'both widget and composite',
    (d) => {
      d.components[0].widget = 'dist/bank.js';
    },
    'components[0]',
  ],
  ['neither widget nor composite', (d) => void delete d.components[1].widget, 'components[1]'],
  [
    'widget path escaping the pack',
    (d) => {
      d.components[1].widget = '../../server/evil.js';
    },
    'components[1].widget',
  ],
  [
    'absolute widget path',
    (d) => {
      d.components[1].widget = '/etc/passwd.js';
    },
    'components[1].widget',
  ],
  [
    'widget that is not a module',
    (d) => {
      d.components[1].widget = 'dist/plate.wasm';
    },
    'components[1].widget',
  ],
  [
    'widget missing from the archive',
    (d) => {
      d.components[1].widget = 'dist/other.js';
    },
    'components[1].widget',
  ],
  [
    'composite with an unknown core type',
    (d) => {
      d.components[0].composite.nodes[1].type = 'examples.plate';
    },
    'components[0].composite.nodes[1].type',
  ],
  [
    'composite part without a name',
    (d) => void delete d.components[0].composite.nodes[1].name,
    'components[0].composite.nodes[1].name',
  ],
  [
    'composite part with a bad prop',
    (d) => {
      d.components[0].composite.nodes[0].props.options = 'ICBC';
    },
    'components[0].composite.nodes[0].props.options',
  ],
  [
    'composite value shape not its parts',
    (d) => void delete d.components[0].value.properties.account,
    'components[0].value',
  ],
  [
    'migration for a component the pack lacks',
    (d) => {
      d.migrations = [{ component: 'examples.gone', since: '1.0.0' }];
    },
    'migrations[0].component',
  ],
];

describe('validatePackManifest: broken packs are refused with the path of each problem', () => {
  it('accepts the unbroken base (the example pack plus a widget component)', () => {
    expect(check(base())).toMatchObject({ ok: true });
  });

  it(`has at least 20 broken packs (${CORPUS.length})`, () => expect(CORPUS.length).toBeGreaterThanOrEqual(20));

  it.each(CORPUS)('%s → %s', (_name, breaker, path) => {
    const doc = base();
    const result = check(breaker(doc) ?? doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain(path);
  });

  it.each(CORPUS)(
    'words every problem in Chinese by default, in English on request, keeping the path: %s',
    (_n, breaker, path) => {
      const zhDoc = base();
      const zh = validatePackManifest(breaker(zhDoc) ?? zhDoc, { files: FILES, takenTypes: TAKEN });
      const enDoc = base();
      const en = check(breaker(enDoc) ?? enDoc);
      if (zh.ok || en.ok) throw new Error('the broken pack was accepted');
      for (const issue of zh.issues) expect(issue.message, issue.path).toMatch(/[\u4e00-\u9fff]/);
      for (const issue of en.issues) expect(issue.message, issue.path).not.toMatch(/[\u4e00-\u9fff]/);
      expect(zh.issues.map((i) => i.path)).toContain(path);
      expect(zh.issues.map((i) => i.path)).toEqual(en.issues.map((i) => i.path));
    },
  );

  it('words problems in Chinese by default', () => {
    const doc = base();
    doc.components[0].rules[0].check = 'EVAL(value)';
    const result = validatePackManifest(doc, { files: FILES });
    expect(result.ok === false && result.issues[0]?.message).toMatch(/表达式有误/);
  });
});
