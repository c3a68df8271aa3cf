import { parseArgs } from 'node:util';
import { addTopLevelOrg } from '../orgs/add-top-level-org.ts';
import { openStorage } from '../storage/open-storage.ts';
import type { AdminCommand } from './command.ts';

const USERNAME = /^[A-Za-z0-9._-]{3,32}$/;

/**
 * `init --division <code> --username <name>`: the first org of a county (or any
 * division) and its administrator. The password is printed once and must be changed at
 * the first sign-in; the first administrator of the deployment may add more counties.
 */
export const initCommand: AdminCommand = {
  summary: 'create a top-level org from its division code and its administrator',
  usage: 'init --division <code> --username <name> [--display-name <name>]',
  async run(args, { config, out, err }) {
    const { values } = parseArgs({
      args,
      options: { division: { type: 'string' }, username: { type: 'string' }, 'display-name': { type: 'string' } },
    });
    const { division, username } = values;
    if (!division || !/^\d{6,12}$/.test(division) || !username || !USERNAME.test(username)) {
      err(`用法 / usage: npm run admin -- ${initCommand.usage}`);
      err('division: 6–12 位行政区划代码 (digits); username: 3–32 letters, digits, . _ -');
      return 2;
    }
    const storage = await openStorage(config);
    try {
      const now = new Date().toISOString();
      const firstAdmin = (await storage.users.count()) === 0;
      const added = await addTopLevelOrg(
        storage,
        { code: division, username, displayName: values['display-name'], systemAdmin: firstAdmin },
        now,
      );
      if (!added.ok) {
        err(added.issue.message);
        return 1;
      }
      const { org, password } = added;
      await storage.audit.record({
        at: now,
        userId: null,
        orgId: org.id,
        action: 'org.init',
        targetType: 'org',
        targetId: String(org.id),
        ip: null,
        detail: { code: org.code, admin: username, systemAdmin: firstAdmin, by: 'admin-cli' },
      });
      out(`已创建组织「${org.name}」（${org.code}）及管理员 ${username}${firstAdmin ? '（系统管理员）' : ''}`);
      out(`Created the org ${org.name} (${org.code}) and its administrator ${username}.`);
      out(`一次性密码 / one-time password: ${password}`);
      out('此密码只显示这一次，首次登录后必须修改。 It is shown only now and must be changed at the first sign-in.');
      return 0;
    } finally {
      await storage.close();
    }
  },
};
