import type { PackUpgrade } from '@sprout/shared/api';
import type { ComponentChange } from '@sprout/shared/catalog/pack';
import type { Locale } from '@sprout/shared/i18n';
import { type CatalogTextKey, catalogText } from '../../catalog/catalog-text.ts';

type Text = (key: CatalogTextKey, params?: Record<string, string | number>) => string;

/** One line of an upgrade's diff; `kind` lets the list mark additions, removals and changes. */
export interface UpgradeLine {
  kind: 'added' | 'removed' | 'changed' | 'migration';
  text: string;
}

/**
 * The diff of a pack upgrade in an official's words: components by title, settings by
 * label, never type names or prop keys.
 * @example upgradeLines(upgrade, 'zh-CN')[0] // { kind: 'changed', text: '「银行账户」：新增设置 填写支行；校验规则有变化' }
 */
export function upgradeLines(upgrade: PackUpgrade, locale: Locale): UpgradeLine[] {
  const t: Text = (key, params) => catalogText(locale, key, params);
  const title = (type: string) => upgrade.titles[type]?.[locale] ?? type;
  const lines: UpgradeLine[] = [
    ...upgrade.componentsAdded.map((type) => ({
      kind: 'added' as const,
      text: t('upgrade.added', { title: title(type) }),
    })),
    ...upgrade.componentsRemoved.map((type) => ({
      kind: 'removed' as const,
      text: t('upgrade.removed', { title: title(type) }),
    })),
    ...upgrade.componentsChanged.map((change) => ({
      kind: 'changed' as const,
      text: t('upgrade.changed', { title: title(change.type), aspects: aspects(change, upgrade, locale, t) }),
    })),
    ...upgrade.migrations.flatMap((m) => migrationLines(m, upgrade, locale, t)),
  ];
  return lines.length > 0 ? lines : [{ kind: 'changed', text: t('upgrade.noChange') }];
}

function aspects(change: ComponentChange, upgrade: PackUpgrade, locale: Locale, t: Text): string {
  const label = (name: string) => upgrade.propLabels[change.type]?.[name]?.[locale] ?? name;
  const names = (list: string[]) => list.map(label).join(locale === 'en' ? ', ' : '、');
  const parts = [
    change.propsAdded.length > 0 && t('upgrade.propsAdded', { names: names(change.propsAdded) }),
    change.propsRemoved.length > 0 && t('upgrade.propsRemoved', { names: names(change.propsRemoved) }),
    change.propsChanged.length > 0 && t('upgrade.propsChanged', { names: names(change.propsChanged) }),
    change.valueShapeChanged && t('upgrade.valueShape'),
    change.rulesChanged && t('upgrade.rules'),
    change.exportColumnsChanged && t('upgrade.exportColumns'),
    change.capabilitiesAdded.length > 0 &&
      t('upgrade.capabilities', {
        names: change.capabilitiesAdded.map((c) => catalogText(locale, `catalog.cap.${c}`)).join('、'),
      }),
    change.levelChanged && t('upgrade.level', change.levelChanged),
    change.maskChanged && t('upgrade.mask'),
  ];
  return parts.filter((p): p is string => typeof p === 'string').join(t('upgrade.separator'));
}

function migrationLines(
  m: PackUpgrade['migrations'][number],
  upgrade: PackUpgrade,
  locale: Locale,
  t: Text,
): UpgradeLine[] {
  const label = (name: string) => upgrade.propLabels[m.component]?.[name]?.[locale] ?? name;
  return [
    ...Object.entries(m.rename ?? {}).map(([from, to]) => ({
      kind: 'migration' as const,
      text: t('upgrade.rename', { from: label(from), to: label(to) }),
    })),
    ...Object.keys(m.defaults ?? {}).map((name) => ({
      kind: 'migration' as const,
      text: t('upgrade.default', { name: label(name) }),
    })),
  ];
}
