import type { Catalog } from '../catalog/catalog.ts';
import { coreCatalog } from '../catalog/catalog.ts';
import { walkNodes } from '../definition/walk-nodes.ts';
import type { AppDefinition } from '../definition/types.ts';
import { localize, type Locale } from '../i18n/locale.ts';

export interface DefinitionWarning {
  path: string;
  nodeId?: string;
  message: string;
  code: 'label-missing' | 'consent-missing' | 'no-fields' | 'outcome-fallback-missing';
}

const TEXT = {
  'label-missing': { 'zh-CN': '此输入项没有标题，群众不知道要填什么', en: 'This input has no label' },
  'consent-missing': {
    'zh-CN': '收集敏感个人信息（L4）时应填写告知同意书',
    en: 'Sensitive (L4) fields should come with consent text',
  },
  'no-fields': { 'zh-CN': '应用还没有任何输入项', en: 'The app has no inputs yet' },
  'outcome-fallback-missing': {
    'zh-CN': '最后一条结果规则最好不设条件，保证每份填报都有结果',
    en: 'Let the last outcome have no condition so every submission gets a result',
  },
} as const;

/**
 * What does not stop publishing but an official should look at: unlabelled inputs,
 * sensitive data without consent text, outcomes that can leave a resident without a result.
 */
export function definitionWarnings(
  def: AppDefinition,
  options: { catalog?: Catalog; locale?: Locale } = {},
): DefinitionWarning[] {
  const catalog = options.catalog ?? coreCatalog;
  const locale = options.locale ?? 'zh-CN';
  const out: DefinitionWarning[] = [];
  let inputs = 0;
  let sensitive: string | undefined;
  walkNodes(def, ({ node, path }) => {
    const m = catalog.get(node.type);
    if (m?.role !== 'input') return;
    inputs += 1;
    if (!localize(node.props?.label as string | undefined, locale)) {
      out.push({
        path: `${path}.props.label`,
        nodeId: node.id,
        message: TEXT['label-missing'][locale],
        code: 'label-missing',
      });
    }
    if ((node.level ?? m.defaultLevel) === 'L4' && sensitive === undefined) sensitive = path;
  });
  if (sensitive !== undefined && !localize(def.settings.consentText, locale)) {
    out.push({ path: 'settings.consentText', message: TEXT['consent-missing'][locale], code: 'consent-missing' });
  }
  if (inputs === 0) out.push({ path: 'pages', message: TEXT['no-fields'][locale], code: 'no-fields' });
  const outcomes = def.outcomes ?? [];
  const last = outcomes[outcomes.length - 1];
  if (last?.when) {
    out.push({
      path: `outcomes[${outcomes.length - 1}].when`,
      message: TEXT['outcome-fallback-missing'][locale],
      code: 'outcome-fallback-missing',
    });
  }
  return out;
}
