import type { KeyObject } from 'node:crypto';
import { Worker } from 'node:worker_threads';

/** ES256 signatures (IEEE P1363 r‖s, base64url) of JWS signing inputs. */
export interface Es256Signer {
  sign(signingInput: string, key: KeyObject): Promise<string>;
}

// The worker's whole program, so the production bundle needs no second entry file. A key
// is sent once and named by a number afterwards: cloning a key object per message cost the
// event loop more than the signatures' hand-over.
const PROGRAM = `
const { parentPort } = require('node:worker_threads');
const { sign } = require('node:crypto');
const keys = new Map();
parentPort.on('message', ({ batch, keyId, newKey, inputs }) => {
  if (newKey) keys.set(keyId, newKey);
  const key = keys.get(keyId);
  try {
    const signatures = inputs.map((input) =>
      sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url'));
    parentPort.postMessage({ batch, signatures });
  } catch (error) {
    parentPort.postMessage({ batch, error: String((error && error.message) || error) });
  }
});`;

interface Waiting {
  input: string;
  key: KeyObject;
  resolve: (signature: string) => void;
  reject: (error: unknown) => void;
}

/**
 * How long a signature may wait for others to go with it, and how many go at once. Handing
 * a message to a sleeping thread wakes it through the kernel, which on a virtual machine
 * cost the event loop ~20–30 µs per message (as much as half a signature): one message per
 * turn of the event loop carried one or two signatures under load. A millisecond of waiting
 * gathers several, and a submission waits for its batch's fsync far longer anyway.
 */
const GATHER_MS = 1;
const GATHER_MAX = 16;

/**
 * Signs on a worker thread. An ECDSA signature is ~35 µs of CPU, the largest single step
 * of accepting a submission; on the event loop it delays every other request, on a worker
 * it runs beside them on the machine's other core. What arrives within `GATHER_MS` goes to
 * the worker as one message, so the hand-over costs little per signature.
 * The thread starts on first use and keeps the process alive only while it has work.
 */
export function createOffThreadSigner(): Es256Signer {
  let worker: Worker | undefined;
  let queue: Waiting[] = [];
  const inFlight = new Map<number, Waiting[]>();
  let nextBatch = 0;
  const keyIds = new WeakMap<KeyObject, number>();
  let nextKeyId = 0;
  // The keys the running worker holds; a new worker starts with none.
  let sentKeys = new Set<number>();

  const failAll = (error: unknown) => {
    for (const batch of inFlight.values()) for (const w of batch) w.reject(error);
    inFlight.clear();
    worker = undefined;
    sentKeys = new Set();
  };
  const started = (): Worker => {
    if (worker) return worker;
    const w = new Worker(PROGRAM, { eval: true });
    w.on('message', (m: { batch: number; signatures?: string[]; error?: string }) => {
      const batch = inFlight.get(m.batch) ?? [];
      inFlight.delete(m.batch);
      // An idle thread does not keep the process alive; one with signatures to make does.
      if (inFlight.size === 0) w.unref();
      batch.forEach((waiting, i) => {
        const signature = m.signatures?.[i];
        if (signature) waiting.resolve(signature);
        else waiting.reject(new Error(`signing a result code failed: ${m.error ?? 'no signature'}`));
      });
    });
    w.on('error', failAll);
    w.on('exit', (code) => failAll(new Error(`the signing thread exited (${code})`)));
    worker = w;
    return w;
  };
  let gathering: NodeJS.Timeout | undefined;
  const send = () => {
    clearTimeout(gathering);
    gathering = undefined;
    const waiting = queue;
    queue = [];
    // One message per key: a rotation in the middle of a turn splits it in two.
    for (const key of new Set(waiting.map((w) => w.key))) {
      const batch = waiting.filter((w) => w.key === key);
      const id = nextBatch++;
      inFlight.set(id, batch);
      const thread = started();
      thread.ref();
      const keyId = keyIds.get(key) ?? nextKeyId++;
      keyIds.set(key, keyId);
      const newKey = sentKeys.has(keyId) ? undefined : key;
      sentKeys.add(keyId);
      thread.postMessage({ batch: id, keyId, newKey, inputs: batch.map((w) => w.input) });
    }
  };

  return {
    sign: (input, key) =>
      new Promise<string>((resolve, reject) => {
        queue.push({ input, key, resolve, reject });
        if (queue.length >= GATHER_MAX) send();
        else gathering ??= setTimeout(send, GATHER_MS);
      }),
  };
}
