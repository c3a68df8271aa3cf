import { CORE_MANIFESTS } from '@sprout/shared/catalog';
import { type AppDefinition, walkNodes } from '@sprout/shared/definition';
import type { Locale } from '@sprout/shared/i18n';
import type { Issue } from '@sprout/shared/result';
import type { PackRecord } from '../storage/pack-types.ts';

const CORE_TYPES = new Set(CORE_MANIFESTS.map((m) => m.type));

/**
 * Chooses the pack versions a definition about to be published pins: for each pack type
 * it uses, the version the app pinned before when that is still allowed (a later version
 * never slips in unasked), else the newest the org may use. A type no allowed pack
 * provides is refused with the node's path.
 */
export function pinsForPublish(
  definition: AppDefinition,
  allowed: readonly PackRecord[],
  previous: readonly PackRecord[],
  locale: Locale = 'zh-CN',
): { ok: true; pins: PackRecord[] } | { ok: false; issues: Issue[] } {
  const usable = [
    ...previous.filter((p) => p.blockedAt === null && allowed.some((a) => a.name === p.name)),
    ...allowed,
  ];
  const pins = new Map<string, PackRecord>();
  const issues: Issue[] = [];
  walkNodes(definition, ({ node, path }) => {
    if (CORE_TYPES.has(node.type)) return;
    const pack = usable.find((p) => p.manifest.components.some((c) => c.type === node.type));
    if (pack) pins.set(pack.name, pins.get(pack.name) ?? pack);
    else
      issues.push({
        path: `${path}.type`,
        message:
          locale === 'en'
            ? `No approved pack provides the component ${node.type}`
            : `组件 ${node.type} 没有已上架的组件包提供`,
      });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, pins: [...pins.values()] };
}
