import { verifyAuditChain } from '../audit/audit-chain.ts';
import type { AdminCommand } from './command.ts';
import { withStorage } from './with-storage.ts';

const PROBLEMS = {
  unsealed: 'has no hash (written or wiped outside Sprout)',
  'prev-hash': 'does not point at the entry before it (an entry before it was deleted or reordered)',
  hash: 'does not match its own hash (it was edited)',
};

/** `npm run admin -- audit-verify`: walks the audit hash chain and names the first broken entry. */
export const auditVerifyCommand: AdminCommand = {
  summary: 'verify the audit log’s hash chain; exits 1 naming the first broken entry',
  usage: 'audit-verify',
  run: (_args, { config, out, err }) =>
    withStorage(config, async (storage) => {
      const report = await verifyAuditChain(storage.audit.chain());
      if (report.ok) {
        out(`审计日志完整 / audit log intact: ${report.checked} entries, last hash ${report.lastHash}`);
        return 0;
      }
      const broken = report.firstBroken!;
      err(`审计日志被改动 / audit log BROKEN at entry ${broken.id}: it ${PROBLEMS[broken.problem]}`);
      err(`${report.checked} entries before it verified`);
      return 1;
    }),
};
