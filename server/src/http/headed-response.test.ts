import { get, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { afterEach, describe, expect, it } from 'vitest';
import { addToHead, HeadedResponse, type HeaderLine } from './headed-response.ts';
import { serveApp } from './serve-app.ts';

const SET: ReadonlyArray<HeaderLine> = [
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
];

function app() {
  const hono = new Hono<{ Bindings: { outgoing: ServerResponse } }>();
  hono.use('*', (c, next) => {
    addToHead(c.env.outgoing, SET);
    addToHead(c.env.outgoing, [['X-Request-Id', 'r1']]);
    return next();
  });
  hono.get('/plain', (c) => c.json({ ok: true }));
  hono.get('/own', (c) => c.json({ ok: true }, 200, { 'cross-origin-resource-policy': 'cross-origin' }));
  hono.get('/set-first', (c) => {
    c.env.outgoing.setHeader('X-Frame-Options', 'SAMEORIGIN');
    return c.json({ ok: true }, 201);
  });
  hono.get('/class', (c) => c.text(c.env.outgoing instanceof HeadedResponse ? 'headed' : 'plain'));
  hono.get('/stream', (c) =>
    stream(c, async (out) => {
      await out.write('a');
    }),
  );
  return hono;
}

/** The raw header lines of an answer (names lower-cased), repeated ones kept. */
function rawHeaders(url: string): Promise<{ status: number; lines: Array<[string, string]> }> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      const raw = res.rawHeaders;
      const lines: Array<[string, string]> = [];
      for (let i = 0; i < raw.length; i += 2) lines.push([String(raw[i]).toLowerCase(), String(raw[i + 1])]);
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, lines }));
    }).on('error', reject);
  });
}

let close: (() => void) | undefined;
afterEach(() => close?.());

async function start(headed: boolean): Promise<string> {
  const options = { port: 0, hostname: '127.0.0.1' };
  const server = headed ? serveApp(app(), options) : serve({ fetch: app().fetch, ...options });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  close = () => server.close();
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const valuesOf = (lines: Array<[string, string]>, name: string) => lines.filter(([n]) => n === name).map(([, v]) => v);

describe.each([
  ['a HeadedResponse (serveApp)', true],
  ['a plain Node response', false],
])('headers added to the head of %s', (_, headed) => {
  it('join the answer’s own headers once each', async () => {
    const url = await start(headed);
    expect(await (await fetch(`${url}/class`)).text()).toBe(headed ? 'headed' : 'plain');
    const { status, lines } = await rawHeaders(`${url}/plain`);
    expect(status).toBe(200);
    expect(valuesOf(lines, 'x-frame-options')).toEqual(['DENY']);
    expect(valuesOf(lines, 'cross-origin-resource-policy')).toEqual(['same-origin']);
    expect(valuesOf(lines, 'x-request-id')).toEqual(['r1']);
    expect(valuesOf(lines, 'content-type')).toEqual(['application/json']);
  });

  it('give way to a header of the same name the answer sets, in any letter case', async () => {
    const url = await start(headed);
    const own = await rawHeaders(`${url}/own`);
    expect(valuesOf(own.lines, 'cross-origin-resource-policy')).toEqual(['cross-origin']);
    expect(valuesOf(own.lines, 'x-frame-options')).toEqual(['DENY']);
    const setFirst = await rawHeaders(`${url}/set-first`);
    expect(setFirst.status).toBe(201);
    expect(valuesOf(setFirst.lines, 'x-frame-options')).toEqual(['SAMEORIGIN']);
    expect(valuesOf(setFirst.lines, 'x-request-id')).toEqual(['r1']);
  });

  it('reach a streamed answer too', async () => {
    const { lines } = await rawHeaders(`${await start(headed)}/stream`);
    expect(valuesOf(lines, 'x-frame-options')).toEqual(['DENY']);
    expect(valuesOf(lines, 'x-request-id')).toEqual(['r1']);
  });
});
