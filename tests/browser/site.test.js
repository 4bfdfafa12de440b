// Faro's public pages in headless Chromium: WCAG 2.1 AA (axe-core), one h1, <html lang>,
// the quick exit (click, Shift x3, without JavaScript), no-JS search, screenshots, and
// no request leaving 127.0.0.1; the main journeys end to end (a lawyer in Spanish by ZIP,
// the router in a state with no statewide line, an NGO edit approved and shown publicly);
// Lighthouse scores of the home page, search results and a listing.
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
  { key: 'ask-to-be-listed', path: (loc) => `/${loc}/ask-to-be-listed`, expect: 'listed-form' },
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
    // Plain HTTP on loopback: the portal's cookie cannot be Secure here.
    env: { ...process.env, FARO_DATA_DIR: path.join(ROOT, 'data'), FARO_VAR_DIR: varDir, FARO_COOKIE_SECURE: 'false' },
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
  return submitPost(page, '#search-submit', url);
}

// The router: abuse, a state with no statewide line, calls only.
async function submitHelp(page, url) {
  const form = page.locator('form#help-form');
  await form.locator('input[name="situation"][value="abuse"]').check();
  await form.locator('input[name="place"]').fill('35203');
  await form.locator('input[name="way"][value="call"]').check();
  return submitPost(page, '#help-submit', url);
}

// Clicks a form's submit button (a selector or a locator) and returns the final response of
// the navigation. The forms POST so that what people type stays out of URLs, logs and history.
async function submitPost(page, button, url) {
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.isNavigationRequest() && r.frame() === page.mainFrame()),
    (typeof button === 'string' ? page.locator(button) : button).click(),
  ]);
  assert.equal(request.method(), 'POST', `${url}: the form should POST, it sent ${request.method()} ${request.url()}`);
  await page.waitForLoadState('load');
  let last = request;
  while (last.redirectedTo()) last = last.redirectedTo();
  const resp = await last.response();
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

// A message from locales/<loc>/main.ftl, so the journeys check the words people read
// without copying them here.
function message(loc, id) {
  const ftl = fs.readFileSync(path.join(ROOT, 'locales', loc, 'main.ftl'), 'utf8');
  const m = new RegExp(`^${id} = (.+)$`, 'm').exec(ftl);
  assert.ok(m, `locales/${loc}/main.ftl has no single-line message ${id}`);
  return m[1].trim();
}

// Whole journeys, one page after another as a person would click through them, with axe on
// every page on the way. The quick exit is walked above, on every page.
describe('journeys', () => {
  it('a Spanish speaker finds a lawyer with Spanish-speaking staff near 77002 and opens the listing (es, axe on every page)', async () => {
    const { context, page, requests } = await newPage({ viewport: MOBILE });
    try {
      const home = await page.goto(`${server.base}/es/`);
      assert.equal(home.status(), 200);
      await checkAxe(page, 'journey: /es/', MOBILE);
      await Promise.all([page.waitForURL(/\/es\/search$/), page.locator('main a[href="/es/search"]').click()]);
      assert.equal(await page.locator('html').getAttribute('lang'), 'es');
      await checkAxe(page, 'journey: /es/search', MOBILE);

      const form = page.locator('form#search-form');
      await form.locator('#need').selectOption('legal');
      await form.locator('#place').fill('77002');
      await form.locator('#lang').selectOption('spa');
      const results = await submitPost(page, '#search-submit', '/es/search');
      assert.equal(results.status(), 200);
      assert.equal(await page.locator('#need').inputValue(), 'legal', 'the form keeps the need');
      assert.equal(await page.locator('#lang').inputValue(), 'spa', 'the form keeps the staff language');
      // The staff language ranks results rather than filtering them, so pick one whose
      // reasons say the staff speak Spanish.
      const speaks = message('es', 'reason-speaks-your-language');
      const match = page.locator('#results ol.results > li', { has: page.locator('p.why', { hasText: speaks }) });
      assert.ok((await match.count()) > 0, `no result near 77002 says "${speaks}":\n${await page.locator('main').innerText()}`);
      await checkAxe(page, 'journey: search results (es, legal, 77002, spa)', MOBILE);

      const link = match.first().locator('h3 a');
      const name = (await link.textContent()).replace(/^\d+\.\s*/, '').trim();
      const [listing] = await Promise.all([page.waitForEvent('response', (r) => r.request().isNavigationRequest()), link.click()]);
      await page.waitForLoadState('load');
      assert.equal(listing.status(), 200, `${listing.url()}: status ${listing.status()}`);
      assert.match(new URL(page.url()).pathname, /^\/es\/services\/[0-9a-f-]{36}$/);
      assert.equal(await page.locator('html').getAttribute('lang'), 'es');
      const h1s = await page.locator('h1').allTextContents();
      assert.equal(h1s.length, 1);
      assert.ok(h1s[0].includes(name), `opened "${h1s[0]}", expected the listing "${name}"`);
      assert.ok(await page.locator('section.channel dd', { hasText: 'Español' }).count(), 'the listing does not say the staff speak Español');
      await checkAxe(page, `journey: listing ${new URL(page.url()).pathname}`, MOBILE);
      requests.assertLocal('journey: a lawyer in Spanish');
    } finally {
      await context.close();
    }
  });

  for (const loc of LOCALES) {
    it(`a neighbour asks the router about abuse in Alabama: the answer says there is no statewide line and lists whom to call (${loc}, axe on every page)`, async () => {
      const { context, page, requests } = await newPage({ viewport: MOBILE });
      try {
        const formPage = await page.goto(`${server.base}/${loc}/help`);
        assert.equal(formPage.status(), 200);
        await checkAxe(page, `journey: /${loc}/help`, MOBILE);
        const form = page.locator('form#help-form');
        await form.locator('input[name="situation"][value="abuse"]').check();
        await form.locator('input[name="asker"][value="community"]').check();
        await form.locator('input[name="place"]').fill('35203'); // Birmingham, AL
        const answer = await submitPost(page, '#help-submit', `/${loc}/help`);
        assert.equal(answer.status(), 200, await page.locator('main').innerText());

        const notes = await page.locator('#answer p.warn').allTextContents();
        const plainly = message(loc, 'help-note-no-statewide-line');
        assert.ok(notes.some((n) => n.trim() === plainly), `the answer does not say "${plainly}"; its notes: ${JSON.stringify(notes)}`);
        const steps = await page.locator('#answer ol.steps > li').all();
        assert.ok(steps.length > 0, 'the answer lists no steps');
        for (const step of steps) {
          const what = (await step.locator('h3').textContent()).trim();
          assert.ok(what, 'a step has no name');
          assert.equal(await step.locator('p.contact a[href]').count(), 1, `step "${what}" gives no link to reach it`);
        }
        // The note sends people to lines that find the county number: there must be one to call.
        assert.ok(await page.locator('#answer ol.steps p.contact a[href^="tel:"]').count(), 'the answer lists no phone line');
        await checkAxe(page, `journey: router answer (${loc}, abuse, community, 35203)`, MOBILE);
        requests.assertLocal(`journey: router (${loc})`);
      } finally {
        await context.close();
      }
    });
  }
});

// The NGO portal: invitation, sign-in (with the second factor for a moderator), the edit
// form and the review queue, each checked with axe at both widths; then the moderator
// approves the edit and the public finds the new contact through search and on the listing.
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');

function invite(email, role, org) {
  const args = ['user', 'invite', '--email', email, '--role', role, ...(org ? ['--org', org] : [])];
  const out = execFileSync(FARO_BIN, args, {
    env: { ...process.env, FARO_DATA_DIR: path.join(ROOT, 'data'), FARO_VAR_DIR: server.varDir },
    // stderr only says to pass the link on by hand; an error still shows in the exception.
    stdio: ['ignore', 'pipe', 'pipe'],
  }).toString().trim();
  return out.replace(/^http:\/\/[^/]+/, server.base);
}

// RFC 6238 with SHA-1 and six digits, as the portal expects.
function totp(secret) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret.replace(/=+$/, '')) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 1000 / 30)));
  const h = crypto.createHmac('sha1', key).update(counter).digest();
  const o = h[h.length - 1] & 0xf;
  return String((h.readUInt32BE(o) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

async function checkPortalPage(page, where, viewport) {
  const h1s = await page.locator('h1').allTextContents();
  assert.equal(h1s.length, 1, `${where}: expected one h1, found ${JSON.stringify(h1s)}`);
  await checkAxe(page, where, viewport);
}

async function setPassword(page, link) {
  await page.goto(link);
  await page.fill('#password', 'river tiles ocean 42');
  await page.fill('#password2', 'river tiles ocean 42');
  await Promise.all([page.waitForURL(/\/portal\/login\?invited=1/), page.click('#invite-form button')]);
}

async function signIn(page, email) {
  await page.fill('#email', email);
  await page.fill('#password', 'river tiles ocean 42');
  await Promise.all([page.waitForLoadState('load'), page.click('#login-form button')]);
}

describe('portal', () => {
  for (const viewport of [MOBILE, DESKTOP]) {
    it(`${viewport.width}x${viewport.height}: an NGO edit is sent, approved by a moderator and shown publicly; zero axe violations on every page`, async () => {
      const tag = `${viewport.width}`;
      const editorLink = invite(`editor${tag}@supportkind.org`, 'editor', 'kind');
      const moderatorLink = invite(`moderator${tag}@example.org`, 'moderator');
      const { context, page, requests } = await newPage({ viewport });
      try {
        await page.goto(editorLink);
        await checkPortalPage(page, 'invitation', viewport);
        await setPassword(page, editorLink);
        await checkPortalPage(page, 'sign-in', viewport);
        await signIn(page, `editor${tag}@supportkind.org`);
        assert.match(page.url(), /\/portal\/$/);
        await page.goto(`${server.base}/portal/org`);
        await checkPortalPage(page, 'your listings', viewport);
        await page.locator('main li a[href^="/portal/org/"]').first().click();
        await page.waitForLoadState('load');
        await checkPortalPage(page, 'edit form', viewport);
        await page.fill('#contact', 'not a url');
        await Promise.all([page.waitForLoadState('load'), page.click('#channel-form button')]);
        assert.ok(await page.locator('.error[role="alert"]').count(), 'errors are shown in place');
        await checkPortalPage(page, 'edit form with errors', viewport);
        if (viewport === MOBILE) await page.screenshot({ path: path.join(OUT, 'portal-edit.png'), fullPage: true });
        await page.fill('#contact', `https://supportkind.org/help-${tag}`);
        await page.fill('#source', `https://supportkind.org/help-${tag}`);
        await Promise.all([page.waitForURL(/sent=1/), page.click('#channel-form button')]);
        await page.goto(`${server.base}/portal/org/legal-representation`);
        await checkPortalPage(page, 'service form', viewport);
        await page.goto(`${server.base}/portal/`);
        await checkPortalPage(page, 'portal home', viewport);
        await page.click('#logout');
        await page.waitForURL(/\/portal\/login/);

        await setPassword(page, moderatorLink);
        await signIn(page, `moderator${tag}@example.org`);
        assert.match(page.url(), /\/portal\/enrol/);
        await checkPortalPage(page, 'second-factor enrolment', viewport);
        const secret = (await page.locator('#totp-secret').textContent()).trim();
        await page.fill('#code', totp(secret));
        await Promise.all([page.waitForURL(/\/portal\/$/), page.click('#enrol-form button')]);
        await page.goto(`${server.base}/portal/queue`);
        const contact = `https://supportkind.org/help-${tag}`;
        const proposal = page.locator('section.proposal', { hasText: contact });
        assert.equal(await proposal.count(), 1, `the queue shows no proposal with ${contact}`);
        assert.ok(await proposal.locator('table.diff tr.check').count(), 'the contact change is marked for a source check');
        await checkPortalPage(page, 'review queue', viewport);
        if (viewport === MOBILE) await page.screenshot({ path: path.join(OUT, 'portal-queue.png'), fullPage: true });
        await proposal.locator('input[name="sources_opened"]').check();
        const decided = await submitPost(page, proposal.locator('button[value="approve"]'), '/portal/queue');
        assert.equal(decided.status(), 200, await page.locator('main').innerText());
        assert.match(page.url(), /\/portal\/queue$/);
        assert.equal(await page.locator('section.proposal', { hasText: contact }).count(), 0, 'the approved proposal is still queued');
        await checkPortalPage(page, 'review queue after approval', viewport);

        // The public pages: search finds KIND with the new contact, and so does its listing.
        await page.goto(`${server.base}/en/search?need=legal&q=KIND`);
        const card = page.locator('#results article.result', { hasText: 'Kids in Need of Defense' });
        assert.ok(await card.count(), `no KIND result:\n${await page.locator('main').innerText()}`);
        assert.equal(await card.first().locator(`a[href="${contact}"]`).count(), 1, `the KIND result does not show ${contact}`);
        await checkAxe(page, 'search results after approval', viewport);
        await Promise.all([page.waitForURL(/\/en\/services\//), card.first().locator('h3 a').click()]);
        assert.ok(await page.locator(`section.channel h3 a[href="${contact}"]`).isVisible(), `the KIND listing does not show ${contact}`);
        await checkAxe(page, 'listing after approval', viewport);
        requests.assertLocal('portal');
      } finally {
        await context.close();
      }
    });
  }
});

// Faro's pages send no referrer, so the browser posts forms with `Origin: null`: the
// report must still go through (and a post from another site must not).
describe('problem report (en)', () => {
  it('a report sent from the listing page is received', async () => {
    const { context, page, requests } = await newPage({ viewport: MOBILE });
    try {
      await page.goto(`${server.base}/en/services/${ids.service}/problem`);
      await page.locator('input[name="problem"][value="wrong_hours"]').check();
      await page.fill('#problem-details', 'They close at noon on Fridays now.');
      await Promise.all([page.waitForLoadState('load'), page.click('#problem-submit')]);
      assert.equal(await page.locator('#problem-sent').count(), 1, await page.content());
      await checkAxe(page, 'problem report sent', MOBILE);
      requests.assertLocal('problem report');
    } finally {
      await context.close();
    }
  });
});

// Lighthouse on the pages most visits start from, with its default mobile emulation and
// simulated throttling (a mid-range phone on slow 4G, computed from the trace rather than
// imposed, so the loopback network does not flatter the score).
describe('lighthouse (mobile)', () => {
  const LIGHTHOUSE_PAGES = [
    { key: 'home', path: () => '/es/' },
    { key: 'search results', path: () => '/es/search?need=legal&place=78501&lang=spa' },
    { key: 'listing', path: () => `/es/services/${ids.service}` },
  ];
  const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
  let lighthouse;
  let chrome;
  let profile;

  before(async () => {
    // Lighthouse and chrome-launcher are ES modules only.
    ({ default: lighthouse } = await import('lighthouse'));
    const launcher = await import('chrome-launcher');
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'faro-lighthouse-'));
    // Its own Chromium with a debugging port, the same flags as Playwright's (no DNS at all);
    // the profile is given as userDataDir, since chrome-launcher adds --user-data-dir itself.
    chrome = await launcher.launch({ chromePath: CHROME, userDataDir: profile, chromeFlags: ARGS });
  });

  after(async () => {
    if (chrome) await chrome.kill();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  // The audits that cost points in a category, with the elements they name.
  function failing(lhr, category) {
    return lhr.categories[category].auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a.score !== null && a.score < 1)
      .map((a) => {
        const items = (a.details && a.details.items) || [];
        const nodes = items
          .map((i) => (i.node && (i.node.selector || i.node.snippet)) || i.url || i.source?.url)
          .filter(Boolean)
          .slice(0, 5);
        return `  - ${a.id} (score ${a.score}): ${a.title}${a.displayValue ? ` [${a.displayValue}]` : ''}${nodes.length ? `\n      ${nodes.join('\n      ')}` : ''}`;
      })
      .join('\n');
  }

  for (const spec of LIGHTHOUSE_PAGES) {
    it(`${spec.key}: accessibility 100, best practices 100, performance at least 90`, async (t) => {
      const url = server.base + spec.path();
      const started = Date.now();
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      const lhr = result.lhr;
      assert.equal(lhr.runtimeError, undefined, `${url}: ${JSON.stringify(lhr.runtimeError)}`);
      assert.equal(lhr.configSettings.formFactor, 'mobile');
      assert.equal(lhr.configSettings.screenEmulation.mobile, true);
      const score = (c) => Math.round(lhr.categories[c].score * 100);
      const metric = (id) => lhr.audits[id].displayValue;
      t.diagnostic(
        `lighthouse ${lhr.lighthouseVersion} ${spec.key} ${spec.path()}: ` +
          CATEGORIES.map((c) => `${c} ${score(c)}`).join(', ') +
          ` (FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, ` +
          `TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}; ${Date.now() - started} ms)` +
          (lhr.runWarnings.length ? `; warnings: ${lhr.runWarnings.join(' | ')}` : ''),
      );
      assert.equal(score('accessibility'), 100, `${url}: accessibility ${score('accessibility')}:\n${failing(lhr, 'accessibility')}`);
      assert.equal(score('best-practices'), 100, `${url}: best practices ${score('best-practices')}:\n${failing(lhr, 'best-practices')}`);
      assert.ok(score('performance') >= 90, `${url}: performance ${score('performance')}:\n${failing(lhr, 'performance')}`);
    });
  }
});
