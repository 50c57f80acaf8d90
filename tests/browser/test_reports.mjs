// Opens readoutdiff's HTML reports in Debian's headless Chromium through
// playwright-core and checks what a reader gets: every row, counterparts
// highlighted on click, no console errors, no network requests, nothing
// executed from hostile input, a readable page without JavaScript, and a
// 10,000-sentence report that opens and scrolls; and the series page
// (readoutdiff series): no horizontal overflow from 360 px, markers that
// reach their rows by mouse and keyboard, both themes, JavaScript off; the
// compare reports and the batch index from 360 to 1400 px: no horizontal
// overflow, chart text at least 11 px, sentence sets written as lists.
// Prints "ok - NAME" /
// "not ok - NAME" lines for tests/run_all.sh. Screenshots go to $OUT/screenshots/.
//
//   BIN=build/readoutdiff OUT=build node tests/browser/test_reports.mjs
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const bin = path.resolve(process.env.BIN || 'build/readoutdiff');
const out = path.resolve(process.env.OUT || 'build');
const shots = path.join(out, 'screenshots');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'readoutdiff-browser-'));
fs.mkdirSync(shots, { recursive: true });

let failures = 0;
function check(name, ok, detail = '') {
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}`);
  if (!ok) {
    failures++;
    if (detail) console.log(`#   ${detail}`);
  }
}

function report(left, right, name, options = []) {
  const html = path.join(work, `${name}.html`);
  const json = path.join(work, `${name}.json`);
  execFileSync(bin, ['compare', left, right, '--format', 'html', '-o', html, ...options]);
  execFileSync(bin, ['compare', left, right, '--format', 'json', '-o', json, ...options]);
  return { html, data: JSON.parse(fs.readFileSync(json, 'utf8')) };
}

// Opens a page and records console errors, page errors, dialogs and requests
// other than the report file itself.
async function open(context, file) {
  const page = await context.newPage();
  const events = { errors: [], requests: [], dialogs: [] };
  page.on('console', (m) => { if (m.type() === 'error') events.errors.push(m.text()); });
  page.on('pageerror', (e) => events.errors.push(String(e)));
  page.on('dialog', async (d) => { events.dialogs.push(d.message()); await d.dismiss(); });
  page.on('request', (r) => { if (r.url() !== `file://${file}`) events.requests.push(r.url()); });
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  return { page, events };
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--disable-quic'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const pairs = fs.readdirSync(path.join(root, 'corpus/pairs')).sort();
  for (const pair of pairs) {
    const dir = path.join(root, 'corpus/pairs', pair);
    const { html, data } = report(path.join(dir, 'us.txt'), path.join(dir, 'prc.txt'), pair);
    const { page, events } = await open(context, html);
    // A section's same-point links, then one row for the rest of its passages; one row per passage no section holds.
    const expected = data.sections.reduce((n, s) => {
      const shown = (side) => new Set(s.links.flatMap((k) => data.alignment[k][side]));
      const rest = s.left.some((i) => !shown('left').has(i)) || s.right.some((i) => !shown('right').has(i));
      return n + s.links.length + (rest ? 1 : 0);
    }, 0) + data.only.left.length + data.only.right.length;
    const rows = await page.locator('tr.row').count();
    check(`${pair}: one row per same-point link, section rest and unshared passage (${expected})`, rows === expected, `got ${rows}`);
    const ids = await page.evaluate(() => Array.from(document.querySelectorAll('[id]')).map((n) => n.id));
    check(`${pair}: element ids are unique`, new Set(ids).size === ids.length);
    await page.screenshot({ path: path.join(shots, `${pair}.png`), fullPage: false });

    const linkRow = data.alignment.length > 0 ? page.locator(`tr.row:has(#R${data.alignment[0].right[0]})`) : null;
    if (linkRow) {
      await linkRow.locator('td:nth-child(2) .s').click();
      const counterpartLit = await linkRow.locator('td:nth-child(3) .s.hl').count();
      check(`${pair}: clicking a sentence highlights its counterpart`, counterpartLit === 1, `highlighted ${counterpartLit}`);
    }
    check(`${pair}: no console errors`, events.errors.length === 0, events.errors.join(' | '));
    check(`${pair}: no network requests`, events.requests.length === 0, events.requests.join(' '));
    await page.close();
  }

  // Narrow to wide screens: the compare reports of the corpus and the batch
  // index (a batch over the corpus) never scroll sideways from 360 px up, and
  // chart text (HTML, or SVG text as scaled on screen) is at least 11 px.
  // At 420 px the first pair's report and the index are saved as screenshots.
  {
    const batchDir = path.join(work, 'batch');
    execFileSync(bin, ['batch', path.join(root, 'corpus/pairs'), '-o', batchDir], { stdio: ['ignore', 'ignore', 'ignore'] });
    const pages = pairs.map((pair) => ({ name: pair, file: path.join(work, `${pair}.html`), chart: 'topic chart' }))
      .concat([{ name: 'index.html', file: path.join(batchDir, 'index.html'), chart: 'tone chart' }]);
    for (const width of [360, 420, 768, 1400]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const overflowing = [];
      const smallText = [];
      const sentenceRanges = [];
      for (const { name, file, chart } of pages) {
        const { page } = await open(context, file);
        const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        if (scrollWidth > innerWidth) overflowing.push(`${name} ${scrollWidth} px`);
        const smallest = await page.evaluate(() => {
          const sizes = [];
          for (const t of document.querySelectorAll('svg text')) {
            if (t.getBBox().width === 0) continue;
            sizes.push(parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a);
          }
          for (const e of document.querySelectorAll('table.chart *, .tone-chart *')) {
            const own = Array.from(e.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== '');
            if (own && e.getClientRects().length > 0) sizes.push(parseFloat(getComputedStyle(e).fontSize));
          }
          return sizes.length ? Math.min(...sizes) : null;
        });
        if (smallest === null || smallest < 11) smallText.push(`${name}: ${smallest === null ? `no ${chart}` : `${smallest.toFixed(1)} px`}`);
        // A set of sentences is a list ("R1, R13"), never a range ("R1–R13").
        const text = await page.locator('body').innerText();
        const range = text.match(/\b[LR]\d+\s*[\u2013-]\s*[LR]\d+\b/);
        if (range) sentenceRanges.push(`${name}: "${range[0]}"`);
        if (width === 420 && (name === pairs[0] || name === 'index.html')) {
          await page.screenshot({ path: path.join(shots, name === 'index.html' ? 'index-420.png' : 'compare-420.png'), fullPage: false });
          console.log(`# at 420 px: ${name} is ${scrollWidth} px wide`);
        }
        await page.close();
      }
      check(`at ${width} px: no horizontal overflow in ${pages.length - 1} compare reports and index.html`, overflowing.length === 0,
        overflowing.slice(0, 6).join(', '));
      check(`at ${width} px: chart text at least 11 px in every compare report and index.html`, smallText.length === 0,
        smallText.slice(0, 6).join(', '));
      if (width === 1400) check('sentence sets are lists ("R1, R13"), never ranges', sentenceRanges.length === 0, sentenceRanges.slice(0, 4).join(', '));
      await context.close();
    }
  }

  // Hostile input: markup, event handlers, broken quotes, javascript: links,
  // a closing style tag and bidi controls must show as text and run nothing.
  const hostile = path.join(work, 'hostile');
  fs.mkdirSync(hostile);
  const nasty = [
    'President Biden said <script>alert("x")</script> the talks were candid.',
    'Xi noted <img src=x onerror="alert(1)"> that "quotes" \' break " attributes.',
    'See </style><b onmouseover="alert(2)">bold</b> and </script><script>alert(3)</script>.',
    'A link javascript:alert(4) and a bidi \u202Eevil\u202C override.',
  ].join(' ');
  fs.writeFileSync(path.join(hostile, 'us.txt'),
    `---\ntitle: "<script>alert(5)</script>"\nsource_url: "javascript:alert(6)"\n---\n${nasty}\n\nThe two leaders agreed to talk again.\n`);
  fs.writeFileSync(path.join(hostile, 'prc.txt'), `Xi Jinping Talks <i>Hostile</i>\n\n${nasty}\n\nBoth sides agreed to keep in touch.\n`);
  const bad = report(path.join(hostile, 'us.txt'), path.join(hostile, 'prc.txt'), 'hostile');
  {
    const { page, events } = await open(context, bad.html);
    await page.locator('.s').first().click();
    await page.locator('.tone').first().hover().catch(() => {});
    check('hostile input: no dialog ever opens', events.dialogs.length === 0, events.dialogs.join(' | '));
    check('hostile input: only the report\'s own script is on the page', (await page.locator('script').count()) === 1);
    check('hostile input: no injected image or bold element', (await page.locator('main img, main b, header img').count()) === 0);
    check('hostile input: no javascript: link', (await page.locator('a[href^="javascript"]').count()) === 0);
    const text = await page.locator('main').innerText();
    // A script shows as text; the inline tags a converted page carries (<img>, <b>) are read off, their words kept.
    check('hostile input: markup shows as text, inline tags leave their words',
      text.includes('<script>alert("x")</script>') && text.includes('bold') && !text.includes('onerror'));
    check('hostile input: bidi override shown as a visible mark', text.includes('[U+202E]'));
    check('hostile input: the page still renders its rows', (await page.locator('tr.row').count()) >= 2);
    check('hostile input: no console errors', events.errors.length === 0, events.errors.join(' | '));
    await page.screenshot({ path: path.join(shots, 'hostile.png') });
    await page.close();
  }

  // The README's picture: the demo pair as a reader first sees it, compared from the
  // repository with relative paths. docs/report.png is a copy of build/screenshots/readme.png.
  {
    const viewport = { width: 1200, height: 1200 };
    const readme = await browser.newContext({ viewport });
    const html = path.join(work, 'readme.html');
    const pair = 'corpus/pairs/2023-11-15-biden-xi-woodside';
    execFileSync(bin, ['compare', `${pair}/us.txt`, `${pair}/prc.txt`, '--format', 'html', '-o', html], { cwd: root });
    const { page, events } = await open(readme, html);
    await page.screenshot({ path: path.join(shots, 'readme.png') });
    check('README picture: the demo pair opens without errors', events.errors.length === 0, events.errors.join(' | '));
    // A PNG's width and height are the two 32-bit numbers after its IHDR tag.
    const png = fs.readFileSync(path.join(root, 'docs/report.png'));
    const size = png.length > 24 && png.toString('latin1', 12, 16) === 'IHDR' ? [png.readUInt32BE(16), png.readUInt32BE(20)] : null;
    check('README picture: docs/report.png is a screenshot of this size (cp build/screenshots/readme.png docs/report.png)',
      size !== null && size[0] === viewport.width && size[1] === viewport.height, `size ${JSON.stringify(size)}`);
    await readme.close();
  }

  // Without JavaScript everything essential is still there.
  {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const pair = pairs[0];
    const { page } = await open(noScript, path.join(work, `${pair}.html`));
    const rows = await page.locator('tr.row').count();
    const cells = await page.locator('tr.row td:nth-child(2)').first().innerText();
    check('without JavaScript: rows and their text are readable', rows > 0 && cells.length > 0);
    await noScript.close();
  }

  // Narrow screens stack the two columns.
  {
    const phone = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const pair = pairs[0];
    const { page } = await open(phone, path.join(work, `${pair}.html`));
    const cell = page.locator('tr.row td:nth-child(2)').first();
    const box = await cell.boundingBox();
    check('narrow screen: each column takes the full width', box !== null && box.width > 300, JSON.stringify(box));
    await page.screenshot({ path: path.join(shots, 'narrow.png') });
    await phone.close();
  }

  // The series page: the real White House readouts where they are here (the
  // screenshot of the closing note), else the written corpus.
  {
    const whitehouse = path.resolve(root, '../shared/corpus-real/whitehouse');
    const source = fs.existsSync(whitehouse) ? whitehouse : path.join(root, 'corpus/pairs');
    const html = path.join(work, 'series.html');
    const json = path.join(work, 'series.json');
    execFileSync(bin, ['series', source, '--format', 'html', '-o', html], { stdio: ['ignore', 'ignore', 'ignore'] });
    execFileSync(bin, ['series', source, '--format', 'json', '-o', json], { stdio: ['ignore', 'ignore', 'ignore'] });
    const data = JSON.parse(fs.readFileSync(json, 'utf8'));
    const changes = data.lanes.flatMap((l) => l.readouts).reduce((n, r) => n + (r.against_previous ? r.against_previous.code_phrases.length : 0), 0);
    const label = source === whitehouse ? 'White House readouts' : 'written corpus';
    for (const width of [360, 420, 768, 1400]) {
      const narrow = await browser.newContext({ viewport: { width, height: 900 } });
      const { page, events } = await open(narrow, html);
      const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      check(`series page (${label}) at ${width} px: no horizontal overflow`, scrollWidth <= innerWidth, `scrollWidth ${scrollWidth} > ${innerWidth}`);
      const smallest = await page.evaluate(() => {
        const svg = document.querySelector('svg.timeline');
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return Math.min(...Array.from(svg.querySelectorAll('text')).map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
      });
      check(`series page at ${width} px: chart text at least 11 px`, smallest >= 11, `smallest ${smallest.toFixed(1)} px`);
      check(`series page at ${width} px: no console errors, no network requests`, events.errors.length === 0 && events.requests.length === 0,
        events.errors.concat(events.requests).join(' | '));
      await page.screenshot({ path: path.join(shots, width === 1400 ? 'series-timeline.png' : `series-${width}.png`) });
      await narrow.close();
    }
    const { page } = await open(context, html);
    const markers = page.locator('svg.timeline a[href^="#c-"]');
    check(`series page: one timeline marker per code-phrase change (${changes})`, (await markers.count()) === changes, `got ${await markers.count()}`);
    if (changes > 0) {
      const target = await markers.first().getAttribute('href');
      await markers.first().click();
      const row = page.locator(`tr${target}`);
      const quotes = await row.locator('.quote').count();
      const box = await row.boundingBox();
      const inView = box !== null && box.y > -2 && box.y < 900;
      check('series page: clicking a marker scrolls to the row quoting its sentences', page.url().endsWith(target) && quotes >= 1 && inView,
        `url ${page.url()}, quotes ${quotes}, row at ${JSON.stringify(box)}`);
      await page.goto(`file://${html}`);
      await markers.nth(1).focus();
      await page.keyboard.press('Enter');
      const second = await markers.nth(1).getAttribute('href');
      check('series page: a marker reached by keyboard opens its row with Enter', page.url().endsWith(second), page.url());
    }
    await page.keyboard.press('j');
    const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
    check('series page: j moves to the first readout', focused === `${data.lanes[0].side}-1`, `focused ${focused}`);
    await page.close();
    const dark = await browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme: 'dark' });
    const darkPage = (await open(dark, html)).page;
    const background = await darkPage.evaluate(() => getComputedStyle(document.body).backgroundColor);
    check('series page: dark theme', background === 'rgb(21, 23, 26)', background);
    await darkPage.screenshot({ path: path.join(shots, 'series-dark.png') });
    await dark.close();
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const still = (await open(noScript, html)).page;
    const articles = await still.locator('article.readout').count();
    const cells = await still.locator('table.changes td').count();
    const expected = data.lanes.reduce((n, l) => n + l.readouts.length, 0);
    check('series page without JavaScript: every readout and its changes are there', articles === expected && cells > 0, `${articles} of ${expected}`);
    await noScript.close();
  }

  // A 10,000-sentence pair opens and scrolls without freezing.
  if (process.env.GENERATOR) {
    const left = path.join(work, 'big-left.txt');
    const right = path.join(work, 'big-right.txt');
    execFileSync(process.env.GENERATOR, ['10000', '7', left, right]);
    // Generated readouts both read as PRC: --force keeps the same-side warning out of the log.
    const big = report(left, right, 'big', ['--force']);
    const size = fs.statSync(big.html).size;
    const started = Date.now();
    const { page, events } = await open(context, big.html);
    const loaded = Date.now() - started;
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const scrolled = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(window.scrollY > 0))));
    await page.locator('tr.row').last().locator('td').nth(1).click();
    check(`10,000-sentence report (${(size / 1e6).toFixed(1)} MB) opens (${loaded} ms) and scrolls`, scrolled && events.errors.length === 0);
    console.log(`# 10,000-sentence report: ${size} bytes, load ${loaded} ms`);
    await page.close();
  }
  // Every JSON this script wrote, against schema/ (strictly: no field the schema does not list).
  {
    const written = fs.readdirSync(work, { recursive: true }).map((f) => path.join(work, f))
      .filter((f) => /\.jsonl?$/.test(f) && fs.statSync(f).isFile());
    let result;
    try {
      result = { ok: true, text: execFileSync('python3', [path.join(root, 'tests/schema/check_json.py'), '--strict', ...written], { encoding: 'utf8' }) };
    } catch (e) {
      result = { ok: false, text: `${e.stdout || ''}${e.message}` };
    }
    check(`schema: the JSON this script wrote is valid against schema/ (${result.text.trim().split('\n').pop()})`, result.ok,
      result.text.split('\n').slice(0, 6).join(' | '));
  }
} finally {
  await browser.close();
  fs.rmSync(work, { recursive: true, force: true });
}
process.exit(failures === 0 ? 0 : 1);
