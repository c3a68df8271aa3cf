/** Host names that only this machine can reach. */
function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

/** Whether a public base URL points at this machine only (no URL counts: nothing is published). */
export function isLoopbackUrl(url: string | undefined): boolean {
  if (!url) return true;
  try {
    return isLoopbackHost(new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * The warning printed on every start when the demo's published password is switched on
 * for a server the public can reach; null when there is nothing to warn about.
 */
export function demoWarning(options: { demo: boolean; publicBaseUrl: string | undefined }): string | null {
  if (!options.demo || isLoopbackUrl(options.publicBaseUrl)) return null;
  const line = '!'.repeat(78);
  return [
    line,
    `!! 警告：SPROUT_DEMO=1，而公开地址是 ${options.publicBaseUrl}`,
    '!! 演示账号的密码是公开的（sprout-demo-1），任何人都能以管理员身份登录。',
    '!! 正式部署请去掉 SPROUT_DEMO，换一个空的数据目录，用 npm run admin -- init 创建管理员。',
    `!! WARNING: SPROUT_DEMO=1 with the public URL ${options.publicBaseUrl}.`,
    '!! The demo logins have a published password: anyone can sign in as an administrator.',
    '!! For a real deployment drop SPROUT_DEMO, use an empty data folder and `npm run admin -- init`.',
    line,
  ].join('\n');
}
