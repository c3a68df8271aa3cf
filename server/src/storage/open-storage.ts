import type { ServerConfig } from '../config.ts';
import { createPostgresStorage } from './postgres/index.ts';
import { createSqliteStorage } from './sqlite/index.ts';
import type { Storage } from './types.ts';

export type StorageConfig = Pick<ServerConfig, 'dbFile' | 'databaseUrl' | 'divisions'>;

/** `DATABASE_URL` holds a PostgreSQL URL (`postgres://` or `postgresql://`). */
export const usesPostgres = (config: StorageConfig): boolean => /^postgres(ql)?:\/\//i.test(config.databaseUrl ?? '');

/**
 * The one place the engine is chosen: PostgreSQL when `DATABASE_URL` is a postgres URL,
 * otherwise the SQLite file under the data folder (the default: `npm start` needs nothing).
 */
export async function openStorage(config: StorageConfig): Promise<Storage> {
  if (config.databaseUrl !== undefined && !usesPostgres(config)) {
    throw new Error('DATABASE_URL: only postgres:// (or postgresql://) URLs are supported; unset it to use SQLite');
  }
  return usesPostgres(config)
    ? createPostgresStorage({ url: config.databaseUrl as string, divisions: config.divisions })
    : createSqliteStorage({ file: config.dbFile, divisions: config.divisions });
}

/** Where the data lives, for the start-up log: the file, or the PostgreSQL server without its password. */
export function describeStorage(config: StorageConfig): string {
  if (!usesPostgres(config)) return config.dbFile;
  const url = new URL(config.databaseUrl as string);
  if (url.password) url.password = '***';
  return url.toString();
}
