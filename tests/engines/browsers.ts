/**
 * Debian's stock Firefox ESR and WebKitGTK, behind one small interface. Playwright needs
 * browser builds of its own, which cannot be downloaded here; these drivers use what the
 * distribution ships: Firefox over WebDriver BiDi (puppeteer-core, no geckodriver), and
 * WebKitGTK's MiniBrowser through WebKitWebDriver (selenium-webdriver), on a virtual
 * X display when there is no real one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import puppeteer, { type Page } from 'puppeteer-core';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';

export type EngineName = 'firefox' | 'webkit';
export const ENGINES: EngineName[] = ['firefox', 'webkit'];

/** What the tests do with a browser; everything else happens in the page. */
export interface EngineBrowser {
  readonly name: EngineName;
  /** Navigates, and waits until the document is complete (its scripts have run). */
  goto(url: string): Promise<void>;
  /** Evaluates a JavaScript expression in the page; a promise is awaited. */
  evaluate<T>(expression: string): Promise<T>;
  /** A real click, in the middle of the element the selector finds. */
  click(selector: string): Promise<void>;
  /** Types into the focused element, key by key. */
  type(text: string): Promise<void>;
  /** Ctrl+A, Escape: the chords the tests need. */
  press(chord: 'selectAll' | 'escape'): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const SIZE = { width: 1280, height: 900 };

/** What is missing to drive an engine here, if anything. */
export function missing(name: EngineName): string[] {
  const needs = name === 'firefox' ? [FIREFOX] : [WEBKIT_DRIVER, MINIBROWSER, ...(process.env.DISPLAY ? [] : ['/usr/bin/Xvfb'])];
  return needs.filter((p) => !existsSync(p));
}

export function launch(name: EngineName): Promise<EngineBrowser> {
  return name === 'firefox' ? launchFirefox() : launchWebKit();
}

async function launchFirefox(): Promise<EngineBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocolTimeout: 120_000,
    // The window's own size, not page.setViewport: that also sends a screen-orientation
    // override, which Firefox ESR 140.12 refuses as an unknown command.
    defaultViewport: null,
    args: [`--width=${SIZE.width}`, `--height=${SIZE.height}`],
    // No first-run pages, updates or telemetry: nothing but the site reaches the network.
    extraPrefsFirefox: { 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false, 'browser.shell.checkDefaultBrowser': false },
  });
  const page: Page = await browser.newPage();
  return {
    name: 'firefox',
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: <T,>(expression: string) => page.evaluate(expression) as Promise<T>,
    click: async (selector) => {
      const handle = await page.waitForSelector(selector, { visible: true });
      await handle!.click();
    },
    type: (text) => page.keyboard.type(text),
    press: async (chord) => {
      if (chord === 'escape') return page.keyboard.press('Escape');
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
    },
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png`, fullPage: false })),
    close: () => browser.close(),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check: () => Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A virtual X display, when the machine has no display of its own. */
async function virtualDisplay(): Promise<{ display: string; stop(): void }> {
  if (process.env.DISPLAY) return { display: process.env.DISPLAY, stop: () => {} };
  let n = 90 + (process.pid % 100);
  while (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) n++;
  const xvfb = spawn('Xvfb', [`:${n}`, '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  await waitFor(async () => existsSync(`/tmp/.X11-unix/X${n}`), 'Xvfb');
  return { display: `:${n}`, stop: () => xvfb.kill() };
}

async function launchWebKit(): Promise<EngineBrowser> {
  const screen = await virtualDisplay();
  const port = await freePort();
  let driverProcess: ChildProcess | undefined;
  let driver: WebDriver | undefined;
  const stop = () => {
    driverProcess?.kill();
    screen.stop();
  };
  try {
    driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: screen.display } });
    await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok, 'WebKitWebDriver');
    driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } })
      .build();
  } catch (err) {
    stop();
    throw err;
  }
  const wd = driver;
  await wd.manage().window().setRect(SIZE);
  await wd.manage().setTimeouts({ script: 60_000, pageLoad: 60_000 });
  return {
    name: 'webkit',
    // WebKitWebDriver returns while the document is still loading, its modules not run.
    goto: async (url) => {
      await wd.get(url);
      await waitFor(async () => (await wd.executeScript('return document.readyState')) === 'complete', `${url} to load`, 60_000);
    },
    // WebKitWebDriver does not wait for a promise that a synchronous script returns: the
    // asynchronous form hands the settled value (or the error's text) to its callback.
    evaluate: async (expression) => {
      const result = await wd.executeAsyncScript<{ value?: unknown; error?: string }>(
        `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => (${expression})).then((value) => done({ value }), (e) => done({ error: String(e) }));`,
      );
      if (result.error !== undefined) throw new Error(result.error);
      return result.value as never;
    },
    click: async (selector) => {
      const element = await wd.findElement(By.css(selector));
      await wd.executeScript('arguments[0].scrollIntoView({ block: "center" })', element);
      await element.click();
    },
    type: (text) => wd.actions().sendKeys(text).perform(),
    press: (chord) =>
      chord === 'escape'
        ? wd.actions().sendKeys(Key.ESCAPE).perform()
        : wd.actions().keyDown(Key.CONTROL).sendKeys('a').keyUp(Key.CONTROL).perform(),
    screenshot: async (path) => {
      // WebKitWebDriver captures the last frame painted: let the page paint what it has.
      await wd.executeAsyncScript('const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done()));');
      await writeFile(path, await wd.takeScreenshot(), 'base64');
    },
    close: async () => {
      try {
        await wd.quit();
      } finally {
        stop();
      }
    },
  };
}
