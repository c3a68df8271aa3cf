import postgres from 'postgres';

/** A connection pool of postgres.js: tagged templates, so values are always bound, never spliced. */
export type Sql = postgres.Sql;
/** A pool or a transaction: what a store's helpers accept so they run inside `sql.begin` too. */
export type Queryable = postgres.Sql | postgres.TransactionSql;

/**
 * Opens a pool. int8 (ids, counts) comes back as a JS number: ids and counts stay far
 * below 2^53, and the Storage contract speaks numbers. Notices (e.g. "already exists")
 * are not errors and stay quiet.
 */
export function connectPostgres(url: string, options: { max?: number } = {}): Sql {
  return postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    types: {
      bigint: {
        to: 20,
        from: [20],
        serialize: (value: number) => String(value),
        parse: (value: string) => Number(value),
      },
    },
  });
}
