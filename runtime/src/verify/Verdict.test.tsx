// @vitest-environment happy-dom
import type { VerifyResult, VerifyStatus } from '@sprout/shared/result-code';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { Verdict } from './Verdict.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const claims = {
  iss: 'https://a/o/330110',
  iat: 1_800_000_000,
  exp: 1_800_086_400,
  jti: 'J',
  rc: 'green',
  app: 'hc',
  ver: 1,
  nm: '王*明',
};

function render(result: VerifyResult | undefined): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  act(() =>
    createRoot(host).render(
      <Verdict result={result} names={{ deployment: 'A', org: '余杭区', app: '健康申报' }} locale="zh-CN" />,
    ),
  );
  return host.querySelector('.sp-verdict') as HTMLElement;
}

describe('the verdict', () => {
  it('shows every way of not being valid alike: red, ✕, its reason and "do not accept"', () => {
    const statuses: VerifyStatus[] = ['expired', 'revoked', 'unknown-issuer', 'tampered', 'malformed'];
    const reasons = new Set<string>();
    for (const status of statuses) {
      const withClaims = status === 'expired' || status === 'revoked' ? { claims } : {};
      const verdict = render({ status, reason: 'x', ...withClaims });
      expect(verdict.className).toBe('sp-verdict sp-verdict-invalid');
      expect(verdict.querySelector('h2')?.textContent).toMatch(/^✕ 无效：/);
      const reason = verdict.querySelector('[data-testid="verdict-reason"]')?.textContent ?? '';
      expect(reason).toContain('请勿放行');
      reasons.add(reason);
    }
    expect(reasons.size).toBe(statuses.length);
  });

  it('names the org and the app of a valid code, and shows no facts of one whose signature failed', () => {
    const valid = render({ status: 'valid', reason: 'ok', claims });
    expect(valid.className).toBe('sp-verdict sp-verdict-green');
    expect(valid.querySelector('[data-fact="org"] dd')?.textContent).toBe('余杭区');
    expect(valid.querySelector('[data-fact="app"] dd')?.textContent).toBe('健康申报');
    expect(render({ status: 'tampered', reason: 'x', claims }).querySelector('dl')).toBeNull();
  });

  it('shows only text where text belongs, whatever a trusted deployment signed', () => {
    const odd = { ...claims, nm: { x: 1 } as unknown as string, iat: 'soon' as unknown as number };
    const verdict = render({ status: 'valid', reason: 'ok', claims: odd });
    expect(verdict.querySelector('[data-fact="holder"]')).toBeNull();
    expect(verdict.querySelector('[data-fact="issued"]')).toBeNull();
    expect(verdict.querySelector('[data-fact="expires"]')).not.toBeNull();
  });

  it('is empty, with its live region kept, when there is nothing to show', () => {
    const empty = render(undefined);
    expect(empty.getAttribute('aria-live')).toBe('polite');
    expect(empty.textContent).toBe('');
  });
});
