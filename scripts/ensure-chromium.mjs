// Playwright drives Debian's Chromium here; it must never download a browser of its own.
// Finds /usr/bin/chromium (or CHROMIUM_PATH), installs it with apt-get when run as root,
// and otherwise says exactly what to install.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (root && existsSync('/usr/bin/apt-get')) {
  console.log(`Chromium is missing at ${path}: installing Debian's chromium with apt-get…`);
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk', { stdio: 'inherit' });
  if (existsSync(path)) process.exit(0);
}
console.error(
  `The end-to-end tests need Chromium at ${path}.\n` +
    `Install it with:  sudo apt-get install -y chromium fonts-noto-cjk\n` +
    `or point CHROMIUM_PATH at an existing Chromium or Chrome binary.`,
);
process.exit(1);
