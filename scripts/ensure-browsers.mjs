// The end-to-end tests drive the distribution's own browsers; none is ever downloaded.
//   node scripts/ensure-browsers.mjs chromium          (Playwright: Debian's Chromium headless shell)
//   node scripts/ensure-browsers.mjs firefox webkit    (the cross-engine layer)
// Finds what each needs, installs the Debian packages with apt-get when run as root, and
// otherwise says exactly what to install.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const NEEDS = {
  chromium: [[process.env.CHROMIUM_PATH || '/usr/bin/chromium-headless-shell', 'chromium-headless-shell fonts-noto-cjk']],
  firefox: [[process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', 'firefox-esr']],
  webkit: [
    [process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver', 'webkit2gtk-driver'],
    [process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', 'webkit2gtk-driver'],
    // MiniBrowser has no headless mode: without a display, the tests start Xvfb.
    ...(process.env.DISPLAY ? [] : [['/usr/bin/Xvfb', 'xvfb']]),
  ],
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !NEEDS[name]);
if (!asked.length || unknown.length) {
  console.error(`usage: ensure-browsers.mjs ${Object.keys(NEEDS).join('|')} …`);
  process.exit(2);
}
const lacking = () => asked.flatMap((name) => NEEDS[name]).filter(([path]) => !existsSync(path));
const packages = () => [...new Set(lacking().flatMap(([, pkgs]) => pkgs.split(' ')))];

if (lacking().length === 0) process.exit(0);
const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (root && existsSync('/usr/bin/apt-get')) {
  console.log(`Missing ${lacking().map(([p]) => p).join(', ')}: installing ${packages().join(' ')} with apt-get…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages().join(' ')}`, { stdio: 'inherit' });
  if (lacking().length === 0) process.exit(0);
}
console.error(
  `The end-to-end tests need ${lacking().map(([p]) => p).join(', ')}.\n` +
    `Install them with:  sudo apt-get install -y ${packages().join(' ')}\n` +
    `or point CHROMIUM_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH or MINIBROWSER_PATH at existing binaries.`,
);
process.exit(1);
