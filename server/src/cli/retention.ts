import { runRetention } from '../privacy/retention.ts';
import type { AdminCommand } from './command.ts';
import { withStorage } from './with-storage.ts';

/** `npm run admin -- retention`: the daily retention job, run now, saying what it did. */
export const retentionCommand: AdminCommand = {
  summary: 'delete or anonymise submissions past their app’s retention now (the daily job)',
  usage: 'retention',
  run: (_args, { config, out }) =>
    withStorage(config, async (storage) => {
      const results = await runRetention(storage, new Date());
      if (results.length === 0) out('retention: nothing is past its retention');
      for (const r of results) {
        const what = r.action === 'delete' ? `${r.deleted} deleted` : `${r.anonymized} anonymised`;
        out(`retention: ${r.slug} (app ${r.appId}): ${what}, ${r.files} files, sent before ${r.cutoff}`);
      }
      return 0;
    }),
};
