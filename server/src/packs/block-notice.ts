import type { PackRecord, PackUse } from '../storage/pack-types.ts';

/**
 * The in-app notice an app's org reads when a pack the app uses is blocked: which app,
 * which pack, why, and what to do. Notices hold one text, so it is the officials' Chinese.
 * @example blockNotice(pack, use, '发现安全漏洞') // '安全封禁：应用「补贴发放」使用的组件包 …'
 */
export function blockNotice(pack: Pick<PackRecord, 'name' | 'version'>, use: PackUse, reason: string): string {
  return (
    `安全封禁：应用「${use.title}」使用的组件包 ${pack.name}@${pack.version} 已被封禁（${reason}）。` +
    '群众填报页中这些字段暂时显示为安全替代内容，请在搭建页中升级到新版本或换用其他组件后重新发布。'
  );
}
