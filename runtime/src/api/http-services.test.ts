import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDivisions, primeDivisions } from './http-services.ts';

afterEach(() => vi.unstubAllGlobals());

describe('division levels the page carries', () => {
  it('are answered without asking the server; other levels still are', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ parent: '33', items: [] })));
    vi.stubGlobal('fetch', fetch);
    const provinces = [{ code: '33', name: '浙江省', level: 'province' }];
    const townships = [{ code: '330110001', name: '五常街道', level: 'township' }];
    primeDivisions({ '': provinces, '330110': townships }, '/primed');

    expect(await loadDivisions(undefined, '/primed')).toEqual(provinces);
    expect(await loadDivisions('330110', '/primed')).toEqual(townships);
    expect(fetch).not.toHaveBeenCalled();

    expect(await loadDivisions('33', '/primed')).toEqual([]);
    expect(fetch).toHaveBeenCalledWith('/primed/divisions?parent=33', expect.anything());
  });
});
