/** What profiling found (`node --cpu-prof`, BENCH_CPU_PROF=<dir>); kept in the generated report so it travels with the numbers. */
export const FINDINGS = `
## What profiling found, what changed, what is left

**Every route.** Before this round a trivial \`GET /api/v1/health\` paid for: hono's
\`bodyLimit\` asking for the body (which makes @hono/node-server build a full fetch
\`Request\` with an \`AbortController\`, even on a GET), a fetch \`Headers\` of every request
header built to read one (locale, cookie, Accept-Encoding), a \`new URL()\` per request, a
copy of the answer's headers in the compression middleware, and twelve \`Headers.set\` calls
of hono's \`secureHeaders\`. Now: no body limit on bodiless methods and a declared
\`Content-Length\` checked from the header alone; request headers read from Node's already
parsed \`incoming.headers\` (\`server/src/http/node-request.ts\`); the security headers built
once and put on the Node response, which merges them into the status line
(\`server/src/http/security-headers.ts\`); \`Vary\` likewise, so an uncompressed answer goes
out as the handler built it. Left: seven middleware layers (the request log's JSON line per
request among them), and twelve header lines on every answer (the socket write is the
largest single entry in the profile). Run from source under tsx the server also pays
esbuild's name-keeping wrappers and ~55 MB of RSS; the bench runs the production build.

**Submissions.** Two rate-limit bucket transactions per submission each waited for an
fsync (42% of a submit's samples). Buckets are now committed with \`synchronous=NORMAL\` for
that transaction only (\`storage/sqlite/unsynced.ts\`; a lost bucket just refills) and purged
at most once a minute; with limits switched off, as in this bench, no bucket is written at
all. The result code's ES256 signature moved from WebCrypto to \`node:crypto\` (about half
the CPU). A JSON body with a declared length is read straight off Node's stream instead of
through a fetch \`Request\` and a web stream. Measured in one process, accepting one
health-code submission now costs about 210 µs of CPU (validation ~30 µs, signature ~40 µs,
the rest the idempotency lookup, the row and the group commit). What limits throughput is
the fsync: on this disk, with the machine loaded, a group commit took ~20 ms, and since
better-sqlite3 is synchronous the event loop stands still for it. The floor has the same
stall but answers faster between stalls, so its batches are larger (~11-15 rows against
Sprout's ~7). Not done: a writer on a worker thread so fsyncs overlap parsing and
validation; it needs its own connection, and the main connection's other writes (sessions,
buckets) would then wait on its write lock, so the seam has to move all writes of a request
or none.

**Export.** Rows come out of SQLite with each field picked by \`->\`; that extraction alone
costs about as much CPU as the naive floor's whole per-row work (for 200,000 rows: 0.73 s for
eight \`->\`, 0.46 s for one \`json_extract\` with eight paths, 0.43 s to read \`values_json\`
whole). On top come the formatting the naive floor does not do (option labels, region names,
masking, formula defusing, computed values, the outcome) and garbage collection. Pages of
500 rows (were 5,000) die young and keep RSS flat, and exceljs/archiver are loaded only when a
workbook is written. Backpressure holds: \`server/test/export-backpressure.test.ts\` pauses a
client on a 40 MB export and checks the server stops taking rows from storage. Not done:
the speed target needs parallel work (id ranges formatted on worker threads, concatenated
in order) or CSV lines built in SQL; neither fits the per-row formatting rules today.

**The machine.** Eight engineers share its 2 cores (see the load averages above), so the
absolute rates swing between rounds; the floors run in the same rounds for that reason.
`;
