import { verifyAuditChain } from '../audit/audit-chain.ts';
import type { AdminCommand } from './command.ts';

const PROBLEMS = {
  unsealed: 'has no hash (written or wiped outside Sprout)',
  'prev-hash': 'does not point at the entry before it (an entry before it was deleted or reordered)',
  hash: 'does not match its own hash (it was edited)',
};

/** `npm run admin -- audit-verify`: walks the audit hash chain and names the first broken entry. */
export const auditVerify: AdminCommand = {
  summary: 'verify the audit log’s hash chain; exits 1 and names the first broken entry',
  async run({ storage, out }) {
    const report = await verifyAuditChain(storage.audit.chain());
    if (report.ok) {
      out(`audit log intact: ${report.checked} entries, last hash ${report.lastHash}`);
      return 0;
    }
    const broken = report.firstBroken!;
    out(`audit log BROKEN at entry ${broken.id}: it ${PROBLEMS[broken.problem]}`);
    out(`${report.checked} entries before it verified`);
    return 1;
  },
};
