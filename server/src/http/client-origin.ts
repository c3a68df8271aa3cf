/** Who is asking, as far as this server can tell: the client's address and the scheme it used. */
export interface ClientOrigin {
  ip: string | null;
  scheme: 'http' | 'https';
}

/** `true`: the direct peer is the proxy (any address); a list: only peers with these addresses are. */
export type TrustProxy = boolean | readonly string[];

export interface RequestFacts {
  /** The TCP peer's address; null when unknown (app.fetch called directly). */
  socketAddress: string | null;
  /** The scheme of the URL the server itself received. */
  scheme: 'http' | 'https';
  header(name: string): string | undefined;
}

/** `::ffff:127.0.0.1` and `127.0.0.1` are the same peer. */
const plain = (address: string) =>
  // Checked first: every request asks, and most peers are not IPv4-mapped.
  address.startsWith('::ffff:') ? address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '') : address;

/** The last comma-separated entry: the one our trusted hop wrote; earlier ones came from the client. */
function lastEntry(value: string | undefined): string | undefined {
  const entries = (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  return entries.at(-1);
}

function trusts(trustProxy: TrustProxy, peer: string | null): boolean {
  if (trustProxy === true) return true;
  if (trustProxy === false || peer === null) return false;
  return trustProxy.map(plain).includes(plain(peer));
}

/**
 * The client's address and scheme. Forwarded headers are read only when the peer is a
 * proxy we were told to trust, and then only the entry that proxy added: anything a
 * client writes into `X-Forwarded-For` itself sits before it and is ignored.
 */
export function clientOrigin(facts: RequestFacts, trustProxy: TrustProxy): ClientOrigin {
  const peer = facts.socketAddress === null ? null : plain(facts.socketAddress);
  if (!trusts(trustProxy, peer)) return { ip: peer, scheme: facts.scheme };
  const forwardedFor = lastEntry(facts.header('x-forwarded-for'));
  const proto = lastEntry(facts.header('x-forwarded-proto'))?.toLowerCase();
  return {
    ip: forwardedFor ? plain(forwardedFor) : peer,
    scheme: proto === 'https' ? 'https' : proto === 'http' ? 'http' : facts.scheme,
  };
}

/** SPROUT_TRUST_PROXY: unset or `0` off, `1` the direct peer, or a comma-separated list of proxy addresses. */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = (raw ?? '').trim();
  if (value === '' || value === '0') return false;
  if (value === '1') return true;
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}
