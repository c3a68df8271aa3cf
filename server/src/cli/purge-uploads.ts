import { parseArgs } from 'node:util';
import { openStorage } from '../storage/open-storage.ts';
import { runUploadPurge } from '../uploads/purge-unattached.ts';
import type { AdminCommand } from './command.ts';

/** `purge-uploads`: what the daily job does, on demand (or from cron where the server does not run one). */
export const purgeUploadsCommand: AdminCommand = {
  summary: 'delete uploaded files no submission points at after 24 hours',
  usage: 'purge-uploads',
  async run(args, { config, out }) {
    parseArgs({ args, options: {} });
    const storage = await openStorage(config);
    try {
      const { files } = await runUploadPurge(storage, new Date());
      out(`已删除 ${files} 个超过 24 小时未提交的上传文件 (deleted ${files} files never attached to a submission)`);
      return 0;
    } finally {
      await storage.close();
    }
  },
};
