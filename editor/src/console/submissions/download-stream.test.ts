import { describe, expect, it } from 'vitest';
import { fileNameOf, readWithProgress } from './download-stream.ts';

describe('readWithProgress', () => {
  it('reports the bytes received chunk by chunk and keeps every byte', async () => {
    const parts = ['\uFEFF回执码,姓名\r\n', 'A1,张三\r\n', 'A2,李四\r\n'].map((p) => new TextEncoder().encode(p));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const p of parts) controller.enqueue(p);
        controller.close();
      },
    });
    const seen: number[] = [];
    const blob = await readWithProgress(new Response(body, { headers: { 'content-type': 'text/csv' } }), (n) =>
      seen.push(n),
    );
    const total = parts.reduce((n, p) => n + p.byteLength, 0);
    expect(seen).toEqual([parts[0]?.byteLength, (parts[0]?.byteLength ?? 0) + (parts[1]?.byteLength ?? 0), total]);
    expect(blob.size).toBe(total);
    expect(await blob.text()).toContain('李四');
  });
});

describe('fileNameOf', () => {
  it('takes the server’s name, the UTF-8 form first', () => {
    const res = (v: string) => new Response('', { headers: { 'content-disposition': v } });
    expect(fileNameOf(res(`attachment; filename*=UTF-8''${encodeURIComponent('填报.csv')}`), 'x')).toBe('填报.csv');
    expect(fileNameOf(res('attachment; filename="app-1-submissions.xlsx"'), 'x')).toBe('app-1-submissions.xlsx');
    expect(fileNameOf(new Response(''), 'fallback.json')).toBe('fallback.json');
  });
});
