import type { ServerConfig } from '../config.ts';
import { openStorage } from '../storage/open-storage.ts';
import type { Storage } from '../storage/types.ts';

/** Opens the deployment's storage for one subcommand and always closes it. */
export async function withStorage<T>(config: ServerConfig, work: (storage: Storage) => Promise<T>): Promise<T> {
  const storage = await openStorage(config);
  try {
    return await work(storage);
  } finally {
    await storage.close();
  }
}
