import { runRetention } from '../privacy/retention.ts';
import type { AdminCommand } from './command.ts';

/** `npm run admin -- retention`: the daily retention job, run now, with what it did. */
export const retention: AdminCommand = {
  summary: 'delete or anonymise submissions past their app’s retention (as the daily job does), now',
  async run({ storage, out, now }) {
    const results = await runRetention(storage, now());
    if (results.length === 0) out('retention: nothing is past its retention');
    for (const r of results) {
      const what = r.action === 'delete' ? `${r.deleted} deleted` : `${r.anonymized} anonymised`;
      out(`retention: ${r.slug} (app ${r.appId}): ${what}, ${r.files} files, sent before ${r.cutoff}`);
    }
    return 0;
  },
};
