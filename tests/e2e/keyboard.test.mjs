// Shortcuts, the theme toggle and the phone layout, on the real page (dist/) in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SHOTS, appUnderTest } from './harness.mjs';

const REUTERS = '000_df0dd7ac4370f8c6';
const WIDE = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const app = appUnderTest();

const focusedId = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.className);
const focusedHref = (page) => page.evaluate(() => document.activeElement?.getAttribute('href'));
const resultHrefs = (page) => page.locator('.result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
const readerOpen = (page) => page.evaluate(() => Boolean(document.querySelector('article.reader')));

test('slash goes to the search box, but types a slash inside it', async () => {
  const { page, problems, context } = await app.open('#q=kerry', WIDE);
  await page.locator('.result').first().waitFor();
  await page.locator('.result-link').first().focus();
  await page.keyboard.press('/');
  assert.equal(await focusedId(page), 'search-input');
  assert.equal(await page.getByLabel('Search the articles').inputValue(), 'kerry', 'the slash was typed');
  await page.keyboard.press('End');
  await page.keyboard.press('/');
  assert.equal(await page.getByLabel('Search the articles').inputValue(), 'kerry/');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Ctrl-K goes to the search box from anywhere, even from another field, with the query selected', async () => {
  const { page, problems, context } = await app.open('#q=kerry', WIDE);
  await page.locator('.theme-toggle select').focus();
  await page.keyboard.press('Control+k');
  assert.equal(await focusedId(page), 'search-input');
  const selected = await page.evaluate(() => {
    const input = document.activeElement;
    return input.value.slice(input.selectionStart, input.selectionEnd);
  });
  assert.equal(selected, 'kerry');
  await page.locator('.result-link').first().focus();
  await page.keyboard.press('Meta+k');
  assert.equal(await focusedId(page), 'search-input');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Escape in the search box clears it; pressed again, it closes the article', async () => {
  const { page, problems, context } = await app.open(`#q=kerry&a=${REUTERS}`, WIDE);
  await page.locator('article.reader').waitFor();
  const all = await page.evaluate(() => clippings.search('').total);
  await page.getByLabel('Search the articles').focus();
  await page.keyboard.press('Escape');
  assert.equal(await page.getByLabel('Search the articles').inputValue(), '');
  await page.waitForFunction((n) => document.querySelectorAll('.result').length === n, all);
  assert.ok(await readerOpen(page), 'clearing the search closed the article');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('article.reader'));
  assert.equal(new URL(page.url()).hash.includes('a='), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('j and k move through the results, Enter opens the one in focus', async () => {
  const { page, problems, context } = await app.open('#q=kerry', WIDE);
  await page.locator('.result').nth(1).waitFor();
  const hrefs = await resultHrefs(page);
  assert.equal(hrefs.length, 2);
  await page.keyboard.press('j');
  assert.equal(await focusedHref(page), hrefs[0]);
  await page.keyboard.press('j');
  assert.equal(await focusedHref(page), hrefs[1]);
  await page.keyboard.press('j');
  assert.equal(await focusedHref(page), hrefs[1], 'j went on past the last result');
  await page.keyboard.press('k');
  assert.equal(await focusedHref(page), hrefs[0]);
  await page.keyboard.press('k');
  assert.equal(await focusedId(page), 'search-input');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('j');
  assert.equal(await focusedHref(page), hrefs[1]);
  await page.keyboard.press('Enter');
  await page.locator('article.reader').waitFor();
  assert.equal(new URL(page.url()).hash, hrefs[1]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('n and p, and the reader\'s buttons, step through the hits of the article and say which one is shown', async () => {
  const { page, problems, context } = await app.open(`#q=kerry&a=${REUTERS}`, WIDE);
  await page.locator('.reader .hit-nav').waitFor();
  const total = await page.locator('.reader .body mark').count();
  assert.ok(total >= 2, `the article has ${total} hits`);
  const position = () => page.locator('.hit-position').innerText();
  const current = () => page.evaluate(() => {
    const marks = [...document.querySelectorAll('.reader .body mark')];
    const shown = marks.filter((m) => m.getAttribute('aria-current') === 'true');
    if (shown.length !== 1) return { count: shown.length };
    const box = shown[0].getBoundingClientRect();
    const pane = document.querySelector('.reader-pane').getBoundingClientRect();
    return {
      index: marks.indexOf(shown[0]),
      inView: box.top >= pane.top && box.bottom <= Math.min(pane.bottom, innerHeight),
      outlined: getComputedStyle(shown[0]).outlineStyle !== 'none',
    };
  });
  assert.equal(await position(), `${total} hits`);
  await page.keyboard.press('n');
  assert.equal(await position(), `hit 1 of ${total}`);
  assert.deepEqual(await current(), { index: 0, inView: true, outlined: true });
  await page.keyboard.press('n');
  assert.equal(await position(), `hit 2 of ${total}`);
  await page.waitForFunction(() => {
    const m = document.querySelector('.reader .body mark[aria-current]');
    const pane = document.querySelector('.reader-pane').getBoundingClientRect();
    const box = m.getBoundingClientRect();
    return box.top >= pane.top && box.bottom <= pane.bottom;
  });
  assert.deepEqual(await current(), { index: 1, inView: true, outlined: true });
  await page.keyboard.press('p');
  await page.keyboard.press('p');
  assert.equal(await position(), `hit ${total} of ${total}`, 'before the first hit comes the last');
  await page.getByRole('button', { name: 'Next hit' }).click();
  assert.equal(await position(), `hit 1 of ${total}`);
  await page.getByRole('button', { name: 'Previous hit' }).click();
  assert.equal(await position(), `hit ${total} of ${total}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('? lists every shortcut in a dialog that Escape or its Close button shuts, leaving the article open', async () => {
  const { page, problems, context } = await app.open(`#q=kerry&a=${REUTERS}`, WIDE);
  await page.locator('article.reader').waitFor();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await dialog.waitFor();
  const keys = await dialog.locator('kbd').allInnerTexts();
  for (const key of ['/', 'Ctrl K', 'j', 'k', '\u2193', '\u2191', 'Enter', 'n', 'p', 'Esc', '?']) {
    assert.ok(keys.includes(key), `${key} is not listed`);
  }
  await page.screenshot({ path: join(SHOTS, 'shortcuts.png') });
  // The page behind a modal dialog takes no keys.
  await page.keyboard.press('j');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.ok(await readerOpen(page), 'Escape closed the article along with the dialog');
  await page.keyboard.press('?');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.ok(await readerOpen(page));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the theme toggle overrides the system\'s setting and is remembered across reloads, before the app starts', async () => {
  // No service worker: it would hand the page the Wasm past the route that holds it back below.
  const { page, problems, context } = await app.open('#q=kerry', { ...WIDE, colorScheme: 'light', serviceWorkers: 'block' });
  const paper = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await paper();
  const toggle = page.getByLabel('Theme');
  assert.equal(await toggle.inputValue(), 'system');
  await toggle.selectOption('dark');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  const dark = await paper();
  assert.notEqual(dark, light);

  await page.reload();
  await page.evaluate(() => window.clippingsReady);
  assert.equal(await page.getByLabel('Theme').inputValue(), 'dark');
  assert.equal(await paper(), dark);

  // With the app held back, the colours are already the chosen ones: they come before it.
  await page.route('**/*.wasm', () => {});
  await page.reload({ waitUntil: 'domcontentloaded' });
  assert.equal(await page.locator('.masthead').count(), 0, 'the app started');
  assert.equal(await paper(), dark);
  await page.unroute('**/*.wasm');
  await page.reload();
  await page.evaluate(() => window.clippingsReady);

  await page.getByLabel('Theme').selectOption('system');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), undefined);
  assert.equal(await paper(), light);
  await page.reload();
  await page.evaluate(() => window.clippingsReady);
  assert.equal(await page.getByLabel('Theme').inputValue(), 'system');
  assert.equal(await paper(), light);
  assert.deepEqual(problems.filter((p) => !p.includes('.wasm')), []);
  await context.close();
});

test('on a phone the header slides away while reading down and comes back on the way up', async () => {
  const { page, problems, context } = await app.open(`#q=kerry&a=${REUTERS}`, { ...PHONE, reducedMotion: 'reduce' });
  await page.locator('article.reader').waitFor();
  const headerBottom = () => page.evaluate(() => document.querySelector('.masthead').getBoundingClientRect().bottom);
  assert.ok(await headerBottom() > 0);
  await page.mouse.wheel(0, 500);
  await page.waitForFunction(() => scrollY > 200);
  await page.waitForFunction(() => document.querySelector('.masthead').getBoundingClientRect().bottom <= 0);
  await page.mouse.wheel(0, -150);
  await page.waitForFunction(() => document.querySelector('.masthead').getBoundingClientRect().top === 0);
  assert.ok(await page.evaluate(() => scrollY > 100), 'the page went back to the top');
  // A shortcut into the header shows it again wherever the page is.
  await page.mouse.wheel(0, 300);
  await page.waitForFunction(() => document.querySelector('.masthead').getBoundingClientRect().bottom <= 0);
  await page.keyboard.press('/');
  await page.waitForFunction(() => document.querySelector('.masthead').getBoundingClientRect().top === 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone every control is at least 44 pixels tall', async () => {
  const { page, problems, context } = await app.open('#q=kerry', PHONE);
  await page.locator('.result').first().waitFor();
  const small = () => page.evaluate(() => [...document.querySelectorAll('a[href], button, select, input, summary, label.import-button')]
    // Names inside running text are exempt (WCAG 2.5.8's inline exception); hidden things are no targets.
    .filter((el) => !el.closest('.body p, .snippet') && !el.classList.contains('visually-hidden') && el.getClientRects().length > 0)
    // A checkbox is reached through its label, the whole label is the target.
    .map((el) => (el.type === 'checkbox' && el.closest('label')) || el)
    .map((el) => ({ what: `${el.tagName.toLowerCase()}.${el.className} ${el.textContent.trim().slice(0, 24)}`, height: el.getBoundingClientRect().height }))
    .filter(({ height }) => height < 44)
    .map(({ what, height }) => `${what}: ${Math.round(height)}px`));
  assert.deepEqual(await small(), [], 'the results');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'the page is wider than the phone');
  await page.locator('.result-link').first().click();
  await page.locator('article.reader').waitFor();
  assert.deepEqual(await small(), [], 'the reader');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'the reader is wider than the phone');
  assert.deepEqual(problems, []);
  await context.close();
});
