/** Messages of the deployment pieces: the forced first password change and sign-in locks. */
export const zhDeploy = {
  'firstPassword.title': '请先设置您自己的密码',
  'firstPassword.hint': '当前密码是管理员为您设置的。为了账号安全，请先换成只有您自己知道的密码，然后才能继续使用。',
  'firstPassword.signOut': '退出登录',
  'locks.title': '登录锁定',
  'locks.hint': '多次输错密码的账号或地址会被暂时锁定。确认是本人后可以解除。',
  'locks.none': '目前没有被锁定的账号或地址。',
  'locks.user': '账号',
  'locks.address': '地址',
  'locks.failures': '失败次数',
  'locks.until': '锁定到',
  'locks.anyUser': '（该地址的所有账号）',
  'locks.clear': '解除锁定',
  'locks.cleared': '已解除 {who} 的锁定',
};

export const enDeploy: Partial<Record<keyof typeof zhDeploy, string>> = {
  'firstPassword.title': 'Set your own password first',
  'firstPassword.hint':
    'Your current password was set by an administrator. Replace it with one only you know before you go on.',
  'firstPassword.signOut': 'Sign out',
  'locks.title': 'Sign-in locks',
  'locks.hint':
    'Accounts or addresses with too many wrong passwords wait for a while. Lift a lock once you know it is the real user.',
  'locks.none': 'No account or address is locked.',
  'locks.user': 'Account',
  'locks.address': 'Address',
  'locks.failures': 'Failures',
  'locks.until': 'Locked until',
  'locks.anyUser': '(every account from this address)',
  'locks.clear': 'Lift lock',
  'locks.cleared': 'Lifted the lock of {who}',
};
