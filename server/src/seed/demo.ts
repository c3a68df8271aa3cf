import { EXAMPLES } from '@sprout/examples';
import { coreCatalog } from '@sprout/shared/catalog';
import { hashPassword } from '../auth/password.ts';
import type { Org, PublishedApp, Role, Storage } from '../storage/types.ts';
import { type AcceptDeps, acceptSubmission } from '../submissions/accept-submission.ts';
import { trackStatsFields } from '../stats/track-stats-fields.ts';
import { elderlyValues, sampleValues } from './samples.ts';

export const DEMO_PASSWORD = 'sprout-demo-1';

/** 余杭区, two of its towns and two villages under each: real codes from the dataset. */
const ORG_TREE = {
  county: '330110',
  towns: { '330110109': ['330110109222', '330110109211'], '330110110': ['330110110202', '330110110201'] },
};

const USERS: Array<{ username: string; displayName: string; org: string; roles: Role[]; systemAdmin?: boolean }> = [
  { username: 'county-admin', displayName: '余杭区管理员', org: '330110', roles: ['admin'], systemAdmin: true },
  { username: 'county-builder', displayName: '余杭区应用搭建员', org: '330110', roles: ['builder'] },
  { username: 'county-reviewer', displayName: '余杭区审核员', org: '330110', roles: ['reviewer'] },
  { username: 'county-viewer', displayName: '余杭区查看员', org: '330110', roles: ['viewer'] },
  { username: 'jingshan-admin', displayName: '径山镇管理员', org: '330110109', roles: ['admin', 'builder'] },
  { username: 'jingshan-reviewer', displayName: '径山镇审核员', org: '330110109', roles: ['reviewer'] },
  { username: 'pingyao-builder', displayName: '瓶窑镇搭建员', org: '330110110', roles: ['builder', 'reviewer'] },
  { username: 'jingshancun-builder', displayName: '径山村网格员', org: '330110109222', roles: ['builder', 'reviewer'] },
  { username: 'shuangxi-viewer', displayName: '双溪村查看员', org: '330110109211', roles: ['viewer'] },
  { username: 'zhangyan-builder', displayName: '张堰村网格员', org: '330110110202', roles: ['builder', 'reviewer'] },
];

/** Which org publishes which example. */
const APP_ORGS: Record<string, string> = {
  'health-code': '330110',
  'huitoukan-survey': '330110109',
  'village-daily-report': '330110109222',
  'elderly-subsidy': '330110110',
};

async function createOrg(storage: Storage, code: string, parent: Org | null): Promise<Org> {
  const division = await storage.divisions.get(code);
  if (!division) throw new Error(`division ${code} is missing: import the divisions before seeding`);
  return storage.orgs.create({ parentId: parent?.id ?? null, name: division.name, code, level: division.level });
}

async function seedOrgs(storage: Storage): Promise<Map<string, Org>> {
  const orgs = new Map<string, Org>();
  const county = await createOrg(storage, ORG_TREE.county, null);
  orgs.set(county.code, county);
  for (const [town, villages] of Object.entries(ORG_TREE.towns)) {
    const t = await createOrg(storage, town, county);
    orgs.set(town, t);
    for (const v of villages) orgs.set(v, await createOrg(storage, v, t));
  }
  return orgs;
}

/**
 * Seeds the demo on an empty database: the org tree, a user of every role in
 * several orgs, the four examples published, and a few valid submissions each.
 * Answers the logins to print.
 */
export async function seedDemo(
  deps: AcceptDeps,
  options: { publicBaseUrl?: string } = {},
): Promise<Array<{ username: string; password: string; org: string; roles: Role[] }>> {
  const { storage } = deps;
  const now = deps.clock.now();
  const at = now.toISOString();
  const orgs = await seedOrgs(storage);
  const hash = await hashPassword(DEMO_PASSWORD);
  const userIds = new Map<string, number>();
  for (const u of USERS) {
    const org = orgs.get(u.org)!;
    const created = await storage.users.create(
      {
        username: u.username,
        displayName: u.displayName,
        orgId: org.id,
        roles: u.roles,
        passwordHash: hash,
        systemAdmin: u.systemAdmin ?? false,
      },
      at,
    );
    userIds.set(u.org, userIds.get(u.org) ?? created.id);
  }
  const samples = sampleValues(new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10));
  for (const [slug, definition] of Object.entries(EXAMPLES)) {
    const org = orgs.get(APP_ORGS[slug] ?? ORG_TREE.county)!;
    const by = userIds.get(org.code) ?? null;
    const title =
      typeof definition.meta.title === 'string' ? definition.meta.title : (definition.meta.title['zh-CN'] ?? slug);
    const app = await storage.apps.create({ orgId: org.id, slug, title, draft: definition, createdBy: by, now: at });
    await storage.apps.publish(app.id, definition, by, at);
    await trackStatsFields(storage, app.id, definition, coreCatalog);
    const values =
      slug === 'elderly-subsidy' ? [elderlyValues([await seedUpload(storage, app.id, at)])] : (samples[slug] ?? []);
    const published = await storage.apps.published(slug);
    if (!published) throw new Error(`the demo app ${slug} did not publish`);
    const sender = { userId: definition.settings.submitters === 'signed-in' ? by : null, ...options };
    for (const [i, v] of values.entries()) await seedSubmission(deps, published, v, `demo-${slug}-${i}`, sender);
  }
  return USERS.map((u) => ({
    username: u.username,
    password: DEMO_PASSWORD,
    org: orgs.get(u.org)!.name,
    roles: u.roles,
  }));
}

async function seedUpload(storage: Storage, appId: number, at: string) {
  const file = {
    id: `demo-${appId}-id-card`,
    appId,
    name: '身份证正面.png',
    size: 68,
    type: 'image/png',
    createdAt: at,
  };
  await storage.uploads.save(file, Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
  return { id: file.id, name: file.name, size: file.size, type: file.type };
}

/** A demo submission goes through the same acceptance as a resident's: validated, outcome, review deadline, code. */
async function seedSubmission(
  deps: AcceptDeps,
  app: PublishedApp,
  values: Record<string, unknown>,
  idempotencyKey: string,
  sender: { userId: number | null; publicBaseUrl?: string },
): Promise<void> {
  await acceptSubmission(deps, {
    app,
    // The demo residents agreed to the privacy notice, as the resident page makes them.
    body: { version: app.version, values, consentVersion: app.version },
    idempotencyKey,
    submitter: {
      locale: 'zh-CN',
      userId: sender.userId,
      ip: null,
      publicBaseUrl: sender.publicBaseUrl ?? 'http://127.0.0.1:8787',
    },
  }).catch((e: unknown) => {
    const why = (e as { errors?: unknown }).errors ?? (e instanceof Error ? e.message : e);
    throw new Error(`demo sample ${idempotencyKey} is not accepted: ${JSON.stringify(why)}`);
  });
}
