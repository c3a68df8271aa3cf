import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isInternalAddress } from './address-kind.ts';

/** Thrown for every target refused as internal, with one message whatever the reason. */
export class RefusedTarget extends Error {
  constructor() {
    super('refused: the address is on this machine or a private network');
  }
}

export interface GuardedFetchOptions {
  /** Host names or IP addresses an operator allows although internal (SPROUT_TRUST_FETCH_ALLOW). */
  allow: readonly string[];
  maxBytes: number;
  timeoutMs: number;
}

const bare = (host: string) => host.replace(/^\[|\]$/g, '').toLowerCase();

/**
 * The address check happens in the socket's own DNS lookup, so the address checked is
 * the address connected to: a name that resolves to a public address for a check and
 * to 127.0.0.1 for the connection (DNS rebinding) cannot slip through.
 */
function guardedLookup(host: string, allow: ReadonlySet<string>): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, found) => {
      const addresses = (found ?? []) as LookupAddress[];
      if (err) return callback(err, '', 4);
      const refused = addresses.some((a) => isInternalAddress(a.address) && !allow.has(a.address) && !allow.has(host));
      if (refused || addresses.length === 0) return callback(new RefusedTarget(), '', 4);
      const first = addresses[0] as LookupAddress;
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, first.address, first.family);
    });
  };
}

/**
 * GETs a small text document from another server: http(s) only, no redirects, a size
 * cap and a timeout, and never from an internal address unless allowed.
 */
export function guardedFetchText(url: string, options: GuardedFetchOptions): Promise<{ status: number; text: string }> {
  const target = new URL(url);
  const allow = new Set(options.allow.map(bare));
  const host = bare(target.hostname);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  // Sockets skip the lookup for an address written as such, so check those here.
  if (isIP(host) && isInternalAddress(host) && !allow.has(host)) return Promise.reject(new RefusedTarget());
  return new Promise((resolve, reject) => {
    const req = request(
      target,
      {
        method: 'GET',
        headers: { accept: 'application/json' },
        lookup: guardedLookup(host, allow),
        timeout: options.timeoutMs,
      },
      (res) => {
        let size = 0;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            req.destroy(new Error('too large'));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end();
  });
}
