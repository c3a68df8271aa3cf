import type { AppDefinition } from '@sprout/shared/definition';
import type { Locale } from '@sprout/shared/i18n';
import { Problem } from '../http/problem.ts';
import type { PublishedApp, Storage } from '../storage/types.ts';

/**
 * Whether an official may submit to an app that takes signed-in submitters: only those
 * of the app's org subtree, or of the subtrees of the orgs its settings list, never any
 * official anywhere in the deployment.
 */
export async function mayOfficialSubmit(
  storage: Storage,
  app: PublishedApp,
  def: AppDefinition,
  userId: number,
): Promise<boolean> {
  const user = await storage.users.get(userId);
  if (!user) return false;
  const listed = def.settings.submitterOrgs ?? [];
  const roots =
    listed.length > 0
      ? (await Promise.all(listed.map((code) => storage.orgs.byCode(code)))).flatMap((o) => (o ? [o.id] : []))
      : [app.orgId];
  for (const root of roots) if (await storage.orgs.get(user.orgId, { orgId: root })) return true;
  return false;
}

export const notASubmitter = (locale: Locale) =>
  new Problem(
    403,
    locale === 'en'
      ? 'This app accepts submissions from officials of the organisations it was published for only'
      : '此应用只接受指定组织（及其下级）的工作人员填报',
  );
