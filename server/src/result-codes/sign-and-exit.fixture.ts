// Run by off-thread-signer.test.ts as its own process: signs once and must then exit by itself.
import { generateKeyPairSync } from 'node:crypto';
import { createOffThreadSigner } from './off-thread-signer.ts';

const signer = createOffThreadSigner();
const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
console.log((await signer.sign('x', privateKey)).length);
