// Faro's public pages in headless Chromium: WCAG 2.1 AA (axe-core), one h1, <html lang>,
// the quick exit (click, Shift x3, without JavaScript), no-JS search, screenshots, and
// no request leaving 127.0.0.1.
//
// Run from the repository root:  node --test tests/browser/site.test.js
// Env: FARO_BIN (default target/debug/faro), CHROME_PATH (default /usr/bin/chromium).
'use strict';
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');
const { chromium } = require('playwright-core');
const { AxeBuilder } = require('@axe-core/playwright');

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(__dirname, 'out');
const FARO_BIN = process.env.FARO_BIN || path.join(ROOT, 'target', 'debug', 'faro');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // Chromium otherwise resolves Google hosts by itself; this also makes the quick-exit
  // navigation fail, which is fine: we only check that it is requested.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
const LOCALES = ['en', 'es'];
const MOBILE = { width: 360, height: 640 };
const DESKTOP = { width: 1280, height: 800 };
const EXIT_HREF = 'https://www.weather.gov/';
const SHOTS = new Set(['home', 'search-results', 'listing', 'help-answer', 'guide']);

// `expect` is an element id the page must contain; `post` means "reach it by submitting
// the search form" rather than by URL.
const PAGES = [
  { key: 'home', path: (loc) => `/${loc}/` },
  { key: 'search-form', path: (loc) => `/${loc}/search`, expect: 'search-form' },
  { key: 'search-results', path: (loc) => `/${loc}/search?need=legal&place=78501&lang=spa`, expect: 'results' },
  { key: 'search-post', post: 'search', path: (loc) => `/${loc}/search`, expect: 'results' },
  { key: 'help-form', path: (loc) => `/${loc}/help`, expect: 'help-form' },
  { key: 'help-answer', post: 'help', path: (loc) => `/${loc}/help`, expect: 'answer' },
  { key: 'no-results', path: (loc) => `/${loc}/search?q=zzzzqqq&place=77002`, expect: 'no-results' },
  { key: 'listing', path: (loc, ids) => `/${loc}/services/${ids.service}` },
  { key: 'problem-form', path: (loc, ids) => `/${loc}/services/${ids.service}/problem`, expect: 'problem-form' },
  { key: 'organization', path: (loc, ids) => `/${loc}/organizations/${ids.organization}` },
  { key: 'safety', path: (loc) => `/${loc}/safety` },
  { key: 'about', path: (loc) => `/${loc}/about` },
  { key: 'guides', path: (loc) => `/${loc}/guides` },
  { key: 'guide', path: (loc) => `/${loc}/guides/get-a-lawyer`, expect: 'sources' },
  { key: 'i-speak', path: (loc) => `/${loc}/i-speak` },
  { key: 'not-found', path: (loc) => `/${loc}/services/00000000-0000-0000-0000-000000000000`, status: 404 },
];

let server; // { child, base, log, varDir }
let browser;
let ids; // { service, organization }

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const serverLog = () => (server ? server.log.slice(-40).join('\n') : '(no server)');

function startServer() {
  const varDir = fs.mkdtempSync(path.join(os.tmpdir(), 'faro-browser-var-'));
  // Port 0: the OS picks a free port and Faro prints it, so there is no pick-then-bind race.
  const child = spawn(FARO_BIN, ['serve', '--bind', '127.0.0.1:0'], {
    env: { ...process.env, FARO_DATA_DIR: path.join(ROOT, 'data'), FARO_VAR_DIR: varDir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const log = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('Faro did not print its address within 60 s')), 60_000);
    const fail = (e) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      fs.rmSync(varDir, { recursive: true, force: true });
      reject(new Error(`${e.message}\n--- faro stderr ---\n${log.slice(-40).join('\n')}`));
    };
    child.on('error', fail);
    child.on('exit', (code, signal) => fail(new Error(`Faro exited early (code ${code}, signal ${signal})`)));
    // Keep reading after the address line too, or a full pipe would block the server.
    readline.createInterface({ input: child.stderr }).on('line', (line) => {
      log.push(line);
      const m = /Faro is listening on (http:\/\/\S+)/.exec(line);
      if (m) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        child.removeAllListeners('error');
        resolve({ child, base: m[1].replace(/\/$/, ''), log, varDir });
      }
    });
  });
}

async function waitReady(base) {
  const end = Date.now() + 60_000;
  let last = 'no answer';
  while (Date.now() < end) {
    try {
      const r = await fetch(`${base}/readyz`);
      if (r.status === 200) return;
      last = `status ${r.status}`;
    } catch (e) {
      last = e.message;
    }
    await sleep(200);
  }
  throw new Error(`${base}/readyz was not 200 within 60 s (${last})\n--- faro stderr ---\n${serverLog()}`);
}

async function stopServer() {
  if (!server) return;
  const { child, varDir } = server;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(t);
  }
  fs.rmSync(varDir, { recursive: true, force: true });
}

before(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  server = await startServer();
  await waitReady(server.base);
  const r = await fetch(`${server.base}/api/v1/search?need=legal&place=78501`);
  const body = await r.json();
  assert.equal(r.status, 200, JSON.stringify(body));
  assert.ok(body.results && body.results.length > 0, `no legal results near 78501: ${JSON.stringify(body)}`);
  ids = { service: body.results[0].service_id, organization: body.results[0].organization_id };
  assert.ok(ids.service && ids.organization, JSON.stringify(body.results[0]));
  browser = await chromium.launch({ executablePath: CHROME, headless: true, args: ARGS });
});

after(async () => {
  if (browser) await browser.close();
  await stopServer();
});

const isExit = (u) => /(^|\.)weather\.gov$/.test(new URL(u).hostname);
const isLocal = (u) => {
  const url = new URL(u);
  return url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:';
};

// Every request in the context, so each check can say what (if anything) left the machine.
function watchRequests(context) {
  const seen = [];
  context.on('request', (r) => seen.push({ method: r.method(), url: r.url() }));
  const check = (where, allowed) => {
    const outside = seen.filter((r) => !allowed(r.url)).map((r) => `${r.method} ${r.url}`);
    assert.deepEqual(outside, [], `${where}: requests left 127.0.0.1:\n  ${outside.join('\n  ')}`);
  };
  return {
    assertLocal: (where) => check(where, isLocal),
    // After a quick exit the only outside request allowed is the exit itself.
    assertLocalOrExit: (where) => check(where, (u) => isLocal(u) || isExit(u)),
  };
}

async function newPage(options) {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(15_000);
  const requests = watchRequests(context);
  const page = await context.newPage();
  return { context, page, requests };
}

// Opens `spec` for `loc`; returns the main document's final response.
async function open(page, spec, loc) {
  const url = server.base + spec.path(loc, ids);
  if (!spec.post) {
    const resp = await page.goto(url);
    assert.ok(resp, `no response for ${url}`);
    return resp;
  }
  const formPage = await page.goto(url);
  assert.equal(formPage.status(), 200, `${url}: status ${formPage.status()}`);
  if (spec.post === 'help') return submitHelp(page, url);
  const form = page.locator('form#search-form');
  for (const field of ['select[name="need"]', 'input[name="place"]', 'select[name="lang"]', 'input[name="q"]']) {
    assert.equal(await form.locator(field).count(), 1, `${url}: form#search-form has no ${field}`);
  }
  assert.equal(await page.locator('#search-submit').count(), 1, `${url}: no #search-submit button`);
  await form.locator('select[name="need"]').selectOption('legal');
  await form.locator('input[name="place"]').fill('78501');
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.isNavigationRequest() && r.frame() === page.mainFrame()),
    page.locator('#search-submit').click(),
  ]);
  assert.equal(request.method(), 'POST', `the search form should POST, it sent ${request.method()} ${request.url()}`);
  await page.waitForLoadState('load');
  let last = request;
  while (last.redirectedTo()) last = last.redirectedTo();
  const resp = await last.response();
  assert.ok(resp, `no response to the POST from ${url}`);
  return resp;
}

// The router: abuse, a state with no statewide line, calls only.
async function submitHelp(page, url) {
  const form = page.locator('form#help-form');
  await form.locator('input[name="situation"][value="abuse"]').check();
  await form.locator('input[name="place"]').fill('35203');
  await form.locator('input[name="way"][value="call"]').check();
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.isNavigationRequest() && r.frame() === page.mainFrame()),
    page.locator('#help-submit').click(),
  ]);
  assert.equal(request.method(), 'POST', `the router form should POST, it sent ${request.method()} ${request.url()}`);
  await page.waitForLoadState('load');
  const resp = await request.response();
  assert.ok(resp, `no response to the POST from ${url}`);
  return resp;
}

function describePage(spec, loc) {
  return spec.post ? `POST from ${spec.path(loc, ids)}` : spec.path(loc, ids);
}

// The checks every page must pass whatever the viewport or JavaScript setting.
async function checkBasics(page, resp, spec, loc) {
  const where = describePage(spec, loc);
  const want = spec.status || 200;
  assert.equal(resp.status(), want, `${where}: status ${resp.status()}, expected ${want}`);
  const lang = await page.locator('html').getAttribute('lang');
  assert.equal(lang, loc, `${where}: <html lang="${lang}">, expected "${loc}"`);
  const h1s = await page.locator('h1').allTextContents();
  assert.equal(h1s.length, 1, `${where}: expected exactly one h1, found ${h1s.length}: ${JSON.stringify(h1s)}`);
  if (spec.expect) {
    const n = await page.locator(`#${spec.expect}`).count();
    assert.equal(n, 1, `${where}: no element with id "${spec.expect}"`);
  }
  const exit = page.locator('a#quick-exit');
  assert.equal(await exit.count(), 1, `${where}: no a#quick-exit link`);
  assert.equal(await exit.getAttribute('href'), EXIT_HREF, `${where}: #quick-exit href`);
  assert.ok(await exit.isVisible(), `${where}: #quick-exit is not visible`);
  if (spec.key === 'no-results') {
    // Even when nothing matches, the page still offers the national phone lines.
    const tel = await page.locator('main a[href^="tel:"]').count();
    assert.ok(tel > 0, `${where}: #no-results page lists no national lines (no tel: links in main)`);
  }
  if (spec.expect === 'results') {
    const links = await page.locator('#results a[href*="/services/"]').count();
    assert.ok(links > 0, `${where}: #results has no links to service listings`);
  }
}

function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, 10).map((n) => {
        const why = (n.failureSummary || '').split('\n').slice(1).map((s) => s.trim()).filter(Boolean).join('; ');
        return `      at ${n.target.join(' ')}${why ? `\n         ${why}` : ''}`;
      });
      const more = v.nodes.length > 10 ? [`      ... and ${v.nodes.length - 10} more`] : [];
      return [`  - ${v.id} (${v.impact}): ${v.help}`, `    ${v.helpUrl}`, ...nodes, ...more].join('\n');
    })
    .join('\n');
}

async function checkAxe(page, where, viewport) {
  // All WCAG 2.1 A/AA rules, none disabled, nothing excluded.
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const v = result.violations;
  assert.equal(
    v.length,
    0,
    `${where} at ${viewport.width}x${viewport.height}: ${v.length} axe violation(s) (axe ${result.testEngine.version}):\n${formatViolations(v)}`,
  );
}

async function expectExitRequest(page, action, where) {
  let actionError = null;
  const [request] = await Promise.all([
    page.waitForRequest((r) => isExit(r.url()), { timeout: 5_000 }).catch(() => null),
    // The navigation itself fails under the host resolver rules; only report action errors
    // if the request never happened.
    action().catch((e) => { actionError = e; }),
  ]);
  assert.ok(request, `${where}: the browser never requested ${EXIT_HREF}${actionError ? ` (${actionError.message})` : ''}`);
}

for (const spec of PAGES) {
  for (const loc of LOCALES) {
    describe(`${spec.key} (${loc})`, () => {
      for (const viewport of [MOBILE, DESKTOP]) {
        it(`${viewport.width}x${viewport.height}: status, lang, one h1, quick exit link, zero axe violations`, async () => {
          const { context, page, requests } = await newPage({ viewport });
          try {
            const where = describePage(spec, loc);
            const resp = await open(page, spec, loc);
            await checkBasics(page, resp, spec, loc);
            await checkAxe(page, where, viewport);
            if (viewport === MOBILE && SHOTS.has(spec.key)) {
              await page.screenshot({ path: path.join(OUT, `${spec.key}-${loc}.png`), fullPage: true });
            }
            requests.assertLocal(where);
          } finally {
            await context.close();
          }
        });
      }

      it('quick exit: clicking the link requests weather.gov', async () => {
        const { context, page, requests } = await newPage({ viewport: MOBILE });
        try {
          const where = describePage(spec, loc);
          await open(page, spec, loc);
          requests.assertLocal(where);
          await expectExitRequest(page, () => page.locator('#quick-exit').click(), `${where} (click)`);
          requests.assertLocalOrExit(where);
        } finally {
          await context.close();
        }
      });

      it('quick exit: Shift pressed three times requests weather.gov', async () => {
        const { context, page, requests } = await newPage({ viewport: DESKTOP });
        try {
          const where = describePage(spec, loc);
          await open(page, spec, loc);
          requests.assertLocal(where);
          await expectExitRequest(
            page,
            async () => {
              for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
            },
            `${where} (Shift x3)`,
          );
          requests.assertLocalOrExit(where);
        } finally {
          await context.close();
        }
      });

      // Covers "home and the POST search work without JavaScript" along with every other page.
      it('without JavaScript: the page works and the quick exit is a plain link', async () => {
        const { context, page, requests } = await newPage({ viewport: MOBILE, javaScriptEnabled: false });
        try {
          const where = `${describePage(spec, loc)} (no JS)`;
          const resp = await open(page, spec, loc);
          await checkBasics(page, resp, spec, loc);
          requests.assertLocal(where);
          await expectExitRequest(page, () => page.locator('#quick-exit').click(), where);
          requests.assertLocalOrExit(where);
        } finally {
          await context.close();
        }
      });
    });
  }
}

// Arabic: the whole page runs right to left, mirrored by the browser from `dir`, with no
// separate stylesheet.
describe('guide (ar): right to left', () => {
  const spec = { key: 'guide', path: (loc) => `/${loc}/guides/how-to-report`, expect: 'sources' };
  for (const viewport of [MOBILE, DESKTOP]) {
    it(`${viewport.width}x${viewport.height}: dir="rtl", mirrored header, zero axe violations`, async () => {
      const { context, page, requests } = await newPage({ viewport });
      try {
        const where = describePage(spec, 'ar');
        const resp = await open(page, spec, 'ar');
        await checkBasics(page, resp, spec, 'ar');
        assert.equal(await page.locator('html').getAttribute('dir'), 'rtl', `${where}: <html dir>`);
        const brand = await page.locator('a.brand').boundingBox();
        assert.ok(
          brand.x + brand.width / 2 > viewport.width / 2,
          `${where}: the brand should sit on the right in a right-to-left page, it is at x=${brand.x}`,
        );
        await checkAxe(page, where, viewport);
        if (viewport === MOBILE) {
          await page.screenshot({ path: path.join(OUT, 'guide-ar.png'), fullPage: true });
        }
        requests.assertLocal(where);
      } finally {
        await context.close();
      }
    });
  }
});
