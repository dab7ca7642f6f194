// The app shell in the web build: Today shows Session 1 from the programme manifest, the
// tabs work, and urgent help is one tap away, all at phone size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveWebBuild, launchPhone, screenshot, PHONE } from './support.mjs';

let server, url, browser, page;
const errors = [];

before(async () => {
  ({ server, url } = await serveWebBuild());
  ({ browser, page } = await launchPhone());
  page.on('pageerror', (e) => errors.push(e.message));
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function assertFitsThePhone() {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `page is ${width}px wide, wider than the phone`);
}

test('Today shows Session 1 from the programme', async () => {
  await page.goto(url);
  const session = page.getByRole('heading', { name: 'Session 1' });
  await session.waitFor({ state: 'visible', timeout: 30_000 });
  assert.ok(await page.getByText('What worry is, and what keeps it going').isVisible());
  assert.equal(await page.title(), 'Steady');
  await assertFitsThePhone();
  await screenshot(page, 'web-today');
});

test('the bottom navigation reaches every tab', async () => {
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [tab, heading] of [
    ['Journal', 'Nothing here yet'],
    ['Progress', 'Your check-ins'],
    ['Help', 'If you need help now'],
    ['Today', 'Session 1'],
  ]) {
    await nav.getByRole('link', { name: tab }).click();
    await page.getByRole('heading', { name: heading }).waitFor({ state: 'visible' });
    const current = await nav.getByRole('link', { name: tab }).getAttribute('aria-current');
    assert.equal(current, 'page', `${tab} is not marked as the current tab`);
    await assertFitsThePhone();
    await screenshot(page, `web-${tab.toLowerCase()}`);
  }
});

test('urgent help is one tap away and lists the crisis lines', async () => {
  await page.getByRole('link', { name: 'Urgent help' }).click();
  await page.getByRole('heading', { name: 'If you need help now' }).waitFor();
  for (const [name, href] of [
    ['Call 999', 'tel:999'],
    ['Call 111', 'tel:111'],
    ['Call 116 123', 'tel:116123'],
    ['Text SHOUT to 85258', 'sms:85258?body=SHOUT'],
  ]) {
    assert.equal(await page.getByRole('link', { name }).getAttribute('href'), href);
  }
});

test('no script errors', () => {
  assert.deepEqual(errors, []);
});
