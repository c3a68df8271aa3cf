import { describe, expect, it } from 'vitest';
import { isSafeImageSrc } from './display.tsx';
import { markdownToHtml } from './markdown-to-html.ts';

describe('markdownToHtml', () => {
  it('renders emphasis and lists', () => {
    expect(markdownToHtml('**郑重提示**：请如实填写')).toBe('<p><strong>郑重提示</strong>：请如实填写</p>');
    expect(markdownToHtml('- 一\n- 二')).toContain('<li>一</li>');
  });

  it('never lets raw HTML or script URLs through', () => {
    const html = markdownToHtml('<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert)');
    expect(html).not.toMatch(/<script|<img|href="javascript/i);
    expect(html).toContain('&lt;script&gt;');
    expect(markdownToHtml('[x](javascript:alert)')).toBe('<p><a href="">x</a></p>');
  });
});

describe('isSafeImageSrc', () => {
  it('accepts web and inline images only', () => {
    expect(isSafeImageSrc('https://example.org/a.png')).toBe(true);
    expect(isSafeImageSrc('/r/assets/a.png')).toBe(true);
    expect(isSafeImageSrc('javascript:alert(1)')).toBe(false);
    expect(isSafeImageSrc('//evil.example/a.png')).toBe(false);
  });
});
