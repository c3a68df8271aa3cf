import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, verify } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOffThreadSigner } from './off-thread-signer.ts';

const keyPair = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
const verifies = (input: string, signature: string, publicKey: ReturnType<typeof keyPair>['publicKey']) =>
  verify(
    'sha256',
    Buffer.from(input),
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );

describe('createOffThreadSigner', () => {
  it('signs what arrives together on the worker, each with its own key, as verifiable ES256', async () => {
    const signer = createOffThreadSigner();
    const [a, b] = [keyPair(), keyPair()];
    const inputs = ['x.1', 'x.2', 'x.3'];
    const signatures = await Promise.all([
      ...inputs.map((input) => signer.sign(input, a.privateKey)),
      signer.sign('y.1', b.privateKey),
    ]);
    inputs.forEach((input, i) => expect(verifies(input, signatures[i] ?? '', a.publicKey)).toBe(true));
    expect(verifies('y.1', signatures[3] ?? '', b.publicKey)).toBe(true);
    expect(verifies('y.1', signatures[3] ?? '', a.publicKey)).toBe(false);
    // r‖s of P-256: 64 bytes.
    expect(Buffer.from(signatures[0] ?? '', 'base64url')).toHaveLength(64);
    expect(await signer.sign('later', a.privateKey)).toSatisfy((s: string) => verifies('later', s, a.publicKey));
  });

  it('signs more than one message carries (16 at a time) and what arrives while they are signed', async () => {
    const signer = createOffThreadSigner();
    const { publicKey, privateKey } = keyPair();
    const inputs = Array.from({ length: 40 }, (_, i) => `z.${i}`);
    const first = Promise.all(inputs.map((input) => signer.sign(input, privateKey)));
    const more = await Promise.all(inputs.slice(0, 5).map((input) => signer.sign(`${input}.more`, privateKey)));
    const signatures = await first;
    inputs.forEach((input, i) => expect(verifies(input, signatures[i] ?? '', publicKey)).toBe(true));
    more.forEach((s, i) => expect(verifies(`${inputs[i]}.more`, s, publicKey)).toBe(true));
  });

  it('rejects a signature the worker cannot make and keeps signing afterwards', async () => {
    const signer = createOffThreadSigner();
    const { publicKey, privateKey } = keyPair();
    await expect(signer.sign('x', publicKey)).rejects.toThrow(/signing a result code failed/);
    expect(verifies('x', await signer.sign('x', privateKey), publicKey)).toBe(true);
  });

  it('keeps a process alive while it signs and lets it exit once idle', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'sign-and-exit.fixture.ts')],
      {
        encoding: 'utf8',
        timeout: 20_000,
      },
    );
    expect(run.stdout.trim()).toBe('86');
    expect(run.status).toBe(0);
  });
});
