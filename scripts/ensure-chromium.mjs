// Browser tests drive Debian's Chromium, never a downloaded browser. Install it (and
// CJK and emoji fonts, so screenshots show Chinese text and icons as a phone would) when missing.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.SPROUT_CHROMIUM ?? '/usr/bin/chromium';
const hasFonts =
  existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc') &&
  existsSync('/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf');

if (existsSync(CHROMIUM) && hasFonts) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error(`Chromium is missing at ${CHROMIUM}. Install it: sudo apt-get install -y chromium fonts-noto-cjk`);
  process.exit(1);
}
console.log('Installing Debian Chromium and CJK fonts for the browser tests…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
execSync('apt-get install -y -qq chromium fonts-noto-cjk fonts-noto-color-emoji', { stdio: 'inherit', env });
