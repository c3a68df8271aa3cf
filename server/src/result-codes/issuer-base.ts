import type { Context } from 'hono';
import type { AppEnv } from '../http/context.ts';
import { Problem } from '../http/problem.ts';
import { requestHeader } from '../http/node-request.ts';

interface SocketView {
  localAddress?: string;
  localPort?: number;
  remoteAddress?: string;
}

// node-server hands hono its IncomingMessage as `env.incoming`; app.fetch called directly has none.
function socketOf(c: Context<AppEnv>): SocketView | undefined {
  return (c.env as { incoming?: { socket?: SocketView } } | undefined)?.incoming?.socket;
}

const isLoopback = (address: string | undefined) =>
  !!address && (address === '::1' || /^(::ffff:)?127\./.test(address));

// A proxy in front (nginx on the same host connects from 127.0.0.1 too) serves the public
// internet, so a request it forwarded is never "loopback only".
const FORWARDING_HEADERS = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'forwarded', 'x-real-ip'];

/** The origin the server itself listens on for this connection: its own address, never the Host header. */
function listeningOrigin(socket: SocketView | undefined): string | undefined {
  if (!socket?.localAddress || !socket.localPort) return undefined;
  const host = socket.localAddress.replace(/^::ffff:/, '');
  return `http://${host.includes(':') ? `[${host}]` : host}:${socket.localPort}`;
}

/**
 * The base URL of this deployment's issuer URLs as verifiers see it: SPROUT_PUBLIC_URL,
 * or the address the server listens on. Never the request's Host header, which anyone
 * can set to make the bundle or a code name another deployment.
 */
export function publicBaseUrl(c: Context<AppEnv>): string {
  return c.get('deps').resultCodes.publicBaseUrl ?? listeningOrigin(socketOf(c)) ?? 'http://127.0.0.1';
}

/**
 * The base URL to sign a code with, or undefined when none may be used. Without
 * SPROUT_PUBLIC_URL only a loopback connection with no proxy in between may get a code
 * (a developer's or a test's machine): elsewhere the code would name an address no
 * checkpoint knows.
 */
export function issuingBaseUrl(c: Context<AppEnv>): string | undefined {
  const configured = c.get('deps').resultCodes.publicBaseUrl;
  if (configured) return configured;
  const socket = socketOf(c);
  const direct = FORWARDING_HEADERS.every((h) => requestHeader(c, h) === undefined);
  const origin = listeningOrigin(socket);
  return direct && origin && isLoopback(socket?.localAddress) && isLoopback(socket?.remoteAddress) ? origin : undefined;
}

/** 503, not 4xx: the resident's phone keeps the submission and sends it again once the server is configured. */
export const noPublicUrl = () =>
  new Problem(503, {
    'zh-CN': '此应用签发结果码，但服务器尚未配置公开地址（SPROUT_PUBLIC_URL），暂时无法签发；请联系管理员',
    en: 'This app issues result codes, but the server has no public URL (SPROUT_PUBLIC_URL) yet; ask the administrator',
  });

/** Printed at start when codes could not be issued to anyone but this machine. */
export function issuerWarning(publicUrl: string | undefined, host: string): string | undefined {
  if (publicUrl || isLoopback(host) || host === 'localhost') return undefined;
  return 'WARNING: SPROUT_PUBLIC_URL is not set. Apps that issue result codes answer 503 to every phone until it is (e.g. SPROUT_PUBLIC_URL=https://sprout.example.gov.cn).';
}
