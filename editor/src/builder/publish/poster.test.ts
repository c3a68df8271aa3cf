import { describe, expect, it } from 'vitest';
import { posterSvg, qrModules } from './poster.ts';

describe('QR poster', () => {
  it('draws the title, instructions, link and a square QR code, escaping text', () => {
    const url = 'http://127.0.0.1:8787/a/health-code';
    const svg = posterSvg({ title: '健康申报 <测试>', instructions: '请扫码填写', url });
    expect(svg).toContain('健康申报 &lt;测试&gt;');
    expect(svg).toContain('请扫码填写');
    expect(svg).toContain(url);
    expect(svg).toMatch(/<path d="M[\d.]+ [\d.]+h/);
    const mods = qrModules(url);
    expect(mods.length).toBeGreaterThan(20);
    expect(mods.every((row) => row.length === mods.length)).toBe(true);
    expect(mods[0]?.[0]).toBe(true);
  });
});
