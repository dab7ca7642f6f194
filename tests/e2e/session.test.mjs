// The vertical slice: from Today, answer the check-in questionnaires and hold the whole of
// Session 1 by typing, including "I don't understand", a reply that matches nothing and a
// risk phrase, at phone size in Debian's Chromium. Screenshots of each step go to
// target/screenshots/session-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { serveWebBuild, launchPhone, screenshot, PHONE, SCREENSHOTS } from './support.mjs';

let server, url, browser, page;
const errors = [];
let shot = 0;
const snap = (name) => screenshot(page, `session-${String(++shot).padStart(2, '0')}-${name}`);

before(async () => {
  // Only this run's steps, numbered in order.
  for (const f of await readdir(SCREENSHOTS).catch(() => [])) {
    if (f.startsWith('session-')) await rm(join(SCREENSHOTS, f));
  }
  ({ server, url } = await serveWebBuild());
  // Reduced motion shows the guide's messages at once; pacing is checked on its own below.
  ({ browser, page } = await launchPhone({ reducedMotion: 'reduce' }));
  page.on('pageerror', (e) => errors.push(e.message));
});

after(async () => {
  await browser?.close();
  server?.close();
});

const reply = () => page.getByRole('textbox', { name: 'Your reply' });
const send = () => page.getByRole('button', { name: 'Send' });
const crisis = () => page.getByRole('alertdialog', { name: "You don't have to face this alone" });

/** The guide's latest message containing `text` is on screen. */
async function guideSays(text) {
  await page.locator('.bubble.guide', { hasText: text }).last().waitFor({ state: 'visible', timeout: 15_000 });
}

async function type(text) {
  await reply().fill(text);
  await send().click();
  await page.locator('.bubble.patient', { hasText: text }).last().waitFor();
}

async function assertCrisisCardThenClose() {
  await crisis().waitFor({ state: 'visible', timeout: 5_000 });
  for (const name of ['Call 999', 'Call 111', 'Call 116 123', 'Text SHOUT to 85258']) {
    assert.ok(await crisis().getByRole('link', { name }).isVisible(), `${name} on the crisis card`);
  }
  await snap('crisis-card');
  await crisis().getByRole('button', { name: 'Back to the conversation' }).click();
  await crisis().waitFor({ state: 'detached' });
}

test('check-in, then Session 1 from Today to the end', async () => {
  await page.goto(url);
  await page.getByRole('button', { name: 'Start session 1' }).click();

  // The check-in: GAD-7 then PHQ-9, one item a screen.
  await page.getByRole('heading', { name: 'First, a quick check-in' }).waitFor();
  await snap('check-in');
  await page.getByRole('button', { name: 'Start the check-in' }).click();
  const gad7 = ['Several days', 'More than half the days', 'Several days', 'Not at all', 'Several days', 'Not at all', 'Several days'];
  const phq9 = ['Not at all', 'Several days', 'Several days', 'More than half the days', 'Not at all', 'Not at all', 'Several days', 'Not at all'];
  for (const [i, answer] of [...gad7, ...phq9].entries()) {
    await page.getByText(`Question ${i + 1} of 16`).waitFor();
    if (i === 0) await snap('check-in-item');
    await page.getByRole('button', { name: answer, exact: true }).click();
  }
  // PHQ-9 item 9 above "Not at all" shows the crisis card at once.
  await page.getByText('Question 16 of 16').waitFor();
  assert.ok(await page.getByRole('heading', { name: /better off dead/ }).isVisible());
  await page.getByRole('button', { name: 'Several days', exact: true }).click();
  await assertCrisisCardThenClose();

  // The conversation.
  await guideSays('Hello Sam, and welcome to Steady.');
  await guideSays('how are you feeling right now?');
  await snap('first-question');

  await type("sorry, what do you mean?");
  await guideSays('Right at this moment, would you say you feel calm');
  await snap('rephrased');

  await type('purple giraffe');
  await guideSays("Sorry, I didn't quite catch that.");
  await snap('reprompt');

  await type('sometimes i think everyone would be better off without me');
  await assertCrisisCardThenClose();
  // The conversation carries on where it was: the same question, now with tappable options.
  await guideSays("Sorry, I didn't quite catch that.");
  const options = page.getByRole('group', { name: 'Suggested replies' });
  for (const name of ['Fairly calm', 'A bit on edge', 'Very anxious']) {
    assert.ok(await options.getByRole('button', { name }).isVisible(), `${name} offered`);
  }
  await snap('options-after-two-misses');

  await type('a bit on edge tbh');
  await guideSays('Feeling a bit on edge is very common');
  await guideSays('What is one worry that has been on your mind this week?');

  // Leave mid-session: Today offers to continue within the 24 hours, and the conversation
  // comes back exactly as it was.
  await page.getByRole('link', { name: 'Back to Today' }).click();
  await page.getByRole('button', { name: 'Continue session 1' }).waitFor();
  assert.ok(await page.getByText(/you have about 24 hours left/).isVisible());
  await snap('today-in-progress');
  await page.getByRole('button', { name: 'Continue session 1' }).click();
  await page.locator('.bubble.patient', { hasText: 'a bit on edge tbh' }).waitFor();
  assert.equal(await page.locator('.bubble.patient', { hasText: 'purple giraffe' }).count(), 1);
  assert.equal(
    await page.locator('p.bubble.guide', { hasText: 'What is one worry that has been on your mind' }).count(),
    1,
    'the pending question is not asked twice',
  );
  assert.equal(await crisis().count(), 0, 'the crisis card does not come back by itself');
  await guideSays('What is one worry that has been on your mind this week?');
  await type('money, mostly the mortgage');

  // The worry log, a worksheet inside the conversation.
  const sheet = page.getByRole('form', { name: 'Worry log' });
  await sheet.waitFor();
  await sheet.getByLabel('When did it start, and where were you?').fill('Sunday night in bed');
  await sheet.getByLabel("What was the worry? Try to write the 'what if'.").fill("what if we can't pay when the rate goes up");
  await sheet.getByRole('radio', { name: '7', exact: true }).click();
  assert.equal(await sheet.getByRole('radio', { name: '7', exact: true }).getAttribute('aria-checked'), 'true');
  await snap('worksheet');
  await sheet.getByRole('button', { name: 'Save' }).click();
  await page.locator('.filled', { hasText: 'Sunday night in bed' }).waitFor();
  await guideSays('Writing a worry down is often the first step');

  // The video plays inline with English captions.
  const video = page.locator('video').last();
  await video.waitFor();
  assert.equal(await video.getAttribute('playsinline'), 'true');
  const media = await video.evaluate(async (v) => {
    if (v.readyState < 1) await new Promise((ok, fail) => { v.onloadedmetadata = ok; v.onerror = () => fail(new Error('video failed to load')); });
    const track = v.querySelector('track');
    track.track.mode = 'showing';
    if (track.readyState !== 2) await new Promise((ok) => { track.onload = ok; track.onerror = ok; });
    return { duration: v.duration, width: v.videoWidth, kind: track.kind, lang: track.srclang, cues: track.track.cues?.length ?? 0 };
  });
  assert.equal(media.cues, 13, 'every spoken sentence has a caption');
  assert.ok(media.duration > 55 && media.duration < 70, `video lasts ${media.duration} s`);
  assert.equal(media.width, 640);
  assert.deepEqual([media.kind, media.lang], ['captions', 'en']);
  await page.getByRole('heading', { name: 'The worry cycle' }).waitFor();
  assert.ok(await page.getByRole('img', { name: /Three circles joined by arrows/ }).isVisible());
  await guideSays('Which of these do you notice most in your body');
  await snap('suggested-replies');
  await type('my shoulders get really tense');
  await guideSays('Many people feel worry in the body');
  await guideSays('Do you ever check things');
  await type('yeah i do that a lot');
  await guideSays('the relief does not last');
  await guideSays('Does worry sometimes feel as if it helps you?');
  await type('not really');
  await page.getByText('Your task before next time').waitFor();
  await guideSays('what is one thing from today you would like to remember?');
  await type('worry shows up in my body first');
  await guideSays('You have made a good start.');
  await page.getByRole('heading', { name: 'Session 1 complete' }).waitFor();
  assert.equal(await reply().count(), 0, 'no reply box after the end');
  await snap('complete');

  // Back on Today, Session 2 waits for its reflection time.
  await page.getByRole('button', { name: 'Back to Today' }).click();
  await page.getByRole('heading', { name: 'Session 2' }).waitFor();
  assert.ok(await page.getByText(/Opens in about 24 hours/).isVisible());
  // The task the guide set is on Today until the next session.
  assert.ok(await page.getByRole('heading', { name: 'Your task' }).isVisible());
  assert.ok(await page.getByText(/notice one moment when worry starts/).isVisible());
  await snap('today-after');

  // What the patient wrote for the journal is there.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
  await page.getByText('money, mostly the mortgage').waitFor();
  await page.getByText(/When did it start, and where were you\?\s+Sunday night in bed/).waitFor();
  await snap('journal');

  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `page is ${width}px wide`);
  assert.deepEqual(errors, []);
});

test('without reduced motion the guide types before each message', async () => {
  const paced = await launchPhone();
  try {
    const p = paced.page;
    await p.goto(url);
    await p.getByRole('button', { name: 'Start session 1' }).click();
    await p.getByRole('button', { name: 'Start the check-in' }).click();
    for (let i = 0; i < 16; i++) {
      await p.getByText(`Question ${i + 1} of 16`).waitFor();
      await p.getByRole('button', { name: 'Not at all', exact: true }).click();
    }
    const typing = p.getByLabel('Your guide is typing');
    await typing.waitFor({ state: 'visible', timeout: 5_000 });
    const first = p.locator('p.bubble.guide').first();
    assert.equal(await p.locator('p.bubble.guide').count(), 0, 'nothing shown before typing');
    await first.waitFor({ state: 'visible', timeout: 5_000 });
    assert.match(await first.innerText(), /^Hello Sam/);
    // The reply box waits until the guide has asked its question.
    await p.getByRole('textbox', { name: 'Your reply' }).waitFor({ timeout: 30_000 });
    assert.ok(await p.locator('.bubble.guide', { hasText: 'how are you feeling' }).isVisible());
  } finally {
    await paced.browser.close();
  }
});
