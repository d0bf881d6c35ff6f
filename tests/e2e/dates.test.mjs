// Forgiving dates: what people type for a date is read as the same day, shown as understood under
// the field, an offence date just outside the amnesty's period gets a word beside it, and an
// impossible date keeps its text and is named. In Kazakh, Russian and English (`?lang=`). Every
// test records every request the page makes and fails if one leaves the page's origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTIFACTS, useSite, axe, fillOffence, fillSentence, result, words as localeWords, fill } from './helpers.mjs';

const site = useSite();
const { open } = site;

const OFFENCE_DATE = '#f-offences-0-committed_on';
const DATE_FIELDS = [OFFENCE_DATE, '#f-sentence-start', '#f-birth_date', '#f-as_of'];

/// The hint under a date field: the date-hint block that follows the field's own block.
function hintOf(page, input) {
  return page.locator(input).locator('xpath=ancestor::div[contains(@class,"field")][1]/following-sibling::div[1][contains(@class,"date-hint")]');
}

async function text(locator) {
  return (await locator.textContent()).trim();
}

/// What a line of the hint shows: its text when it is visible, else nothing.
async function shown(locator) {
  return (await locator.isVisible()) ? text(locator) : '';
}

/// Everything the result says: its headline figures and every step, word for word.
async function wholeResult(page) {
  return { ...(await result(page)), steps: await text(page.locator('.steps')) };
}

const TYPED = ['5/1/22', '05-01-2022', '5 января 2022 г.', '5 қаңтар 2022', 'January 5, 2022'];

const WORDS = {
  kk: {
    readAs: 'Түсінілген күн: 05.01.2022',
    near: 'Бұл күн рақымшылық кезеңінен (04.01.2022 – 07.01.2022) 1 күн кейін. Бұл ұсталған немесе қамауға алынған күн емес, әрекет жасалған күн екенін тексеріңіз.',
    before: 'Бұл күн рақымшылық кезеңінен (04.01.2022 – 07.01.2022) 3 күн бұрын. Күннің дұрыс екенін тексеріңіз.',
    offenceHint: /^Әрекет жасалған күн, ұсталған немесе қамауға алынған күн емес\./,
  },
  ru: {
    readAs: 'Понято как 5 января 2022 г.',
    near: 'Эта дата — через 1 день после периода амнистии (с 4 января 2022 г. по 7 января 2022 г.). Проверьте, что это дата деяния, а не задержания или ареста.',
    before: 'Эта дата — за 3 дня до периода амнистии (с 4 января 2022 г. по 7 января 2022 г.). Проверьте, верна ли дата.',
    offenceHint: /^Дата совершения деяния, а не задержания или ареста\./,
  },
  en: {
    readAs: 'Read as 5 January 2022',
    near: "This is 1 day after the amnesty's period, 4 January 2022 to 7 January 2022. Check it is the date of the offence, not of the arrest or detention.",
    before: "This is 3 days before the amnesty's period, 4 January 2022 to 7 January 2022. Check that the date is right.",
    offenceHint: /^The date the act was committed, not the date of the arrest or detention\./,
  },
};

for (const [lang, words] of Object.entries(WORDS)) {
  test(`${lang}: every way of typing 5 January 2022 gives the result of 2022-01-05 and shows the date as understood`, async () => {
    const page = await open(lang);
    await fillOffence(page, 0, { article: 106, part: 1, date: '2022-01-05', category: 'grave' });
    await fillSentence(page, { years: 8, start: '2022-01-06' });
    const expected = await wholeResult(page);
    assert.equal(expected.outcome, 'term_reduced');
    const date = page.locator(OFFENCE_DATE);
    const hint = hintOf(page, OFFENCE_DATE);
    assert.equal(await shown(hint.locator('.date-read')), words.readAs);
    for (const typed of TYPED) {
      await date.fill(typed);
      assert.equal(await shown(hint.locator('.date-read')), words.readAs, typed);
      assert.deepEqual(await wholeResult(page), expected, typed);
      assert.equal(await date.inputValue(), typed, 'the text stays as typed');
      assert.equal(await date.getAttribute('aria-invalid'), 'false', typed);
      assert.equal(await shown(hint.locator('.date-near')), '', typed);
    }
    // The other date fields read the same way.
    await page.fill('#f-sentence-start', '6 января 2022');
    assert.match(await shown(hintOf(page, '#f-sentence-start').locator('.date-read')), /6/);
    assert.deepEqual(await wholeResult(page), expected);
    await axe(page, `dates read (${lang})`);
  });

  test(`${lang}: the offence date says it is the day of the act, and a date near the period says so beside the field`, async () => {
    const page = await open(lang);
    assert.match(await text(page.locator('#f-offences-0-committed_on-hint')), words.offenceHint);
    const date = page.locator(OFFENCE_DATE);
    const hint = hintOf(page, OFFENCE_DATE);
    await date.fill('08.01.2022');
    assert.equal(await shown(hint.locator('.date-near')), words.near);
    assert.equal(await hint.getAttribute('aria-live'), 'polite');
    // Inside the same offence, straight after its date field.
    assert.equal(await page.locator('fieldset.offence').first().locator('.date-near:visible').count(), 1);
    await page.screenshot({ path: join(ARTIFACTS, `dates-near-${lang}.png`), fullPage: true });
    await axe(page, `near-period note (${lang})`);
    await date.fill('1 Jan 2022');
    assert.equal(await shown(hint.locator('.date-near')), words.before);
    // Inside the period, or far from it, nothing is said beside the field.
    for (const quiet of ['07.01.2022', '04.01.2022', '08.03.2022', '03.12.2021']) {
      await date.fill(quiet);
      assert.match(await shown(hint.locator('.date-read')), /\d/, quiet);
      assert.equal(await shown(hint.locator('.date-near')), '', quiet);
    }
    // Only the offence date is compared with the period.
    await page.fill('#f-sentence-start', '08.01.2022');
    assert.equal(await shown(hintOf(page, '#f-sentence-start').locator('.date-near')), '');
  });

  test(`${lang}: a day its month does not have keeps its text and is named as such, not as "not a date"`, async () => {
    const page = await open(lang);
    const w = localeWords(lang);
    const field = `${fill(w('fields.offence_n'), { n: 1 })} — ${w('fields.committed_on')}`;
    const date = page.locator(OFFENCE_DATE);
    // 30 and 31 February, 29 February of a common year, 31 April: the month's own length.
    for (const [typed, day, month, year, days] of [
      ['31.02.2022', 31, 2, 2022, 28], ['30.02.2022', 30, 2, 2022, 28], ['29.02.2023', 29, 2, 2023, 28], ['31.04.2022', 31, 4, 2022, 30],
    ]) {
      await date.fill(typed);
      await date.blur();
      assert.equal(await date.inputValue(), typed);
      const said = fill(w('problems.no_such_day'), { field, day, month: w(`calendar.m${month}`), year, days });
      assert.equal(await text(page.locator('#f-offences-0-committed_on-error')), said, typed);
      assert.equal(await date.getAttribute('aria-invalid'), 'true');
      assert.equal(await hintOf(page, OFFENCE_DATE).locator('p:visible').count(), 0);
    }
    // A leap year's 29 February is a day; a month 13 is still no date at all.
    await date.fill('29.02.2024');
    assert.equal(await date.getAttribute('aria-invalid'), 'false');
    await date.fill('05.13.2022');
    assert.equal(await text(page.locator('#f-offences-0-committed_on-error')), fill(w('problems.not_a_date'), { field, value: '05.13.2022' }));
    await date.fill('31.02.2022');
    await axe(page, `impossible date (${lang})`);
  });
}

test('date fields bring up the keypad their hint asks for: digits and a separator, each example of the hint read (kk, ru, en)', async () => {
  for (const lang of ['kk', 'ru', 'en']) {
    const page = await open(lang);
    await fillSentence(page, { years: 1, start: '' });
    await page.click('.print-details > summary');
    // `decimal`: digits and the decimal key, "." or "," by the phone's language — both read.
    for (const field of [...DATE_FIELDS, '#print-verdict-date', '#print-verdict-in-force']) {
      assert.equal(await page.locator(field).getAttribute('inputmode'), 'decimal', field);
    }
    // Every example in figures the hint gives needs only keys that keypad has, and is read.
    const hint = localeWords(lang)('dates.hint');
    const examples = hint.match(/\d+[.,]\d+[.,]\d+/g);
    assert.deepEqual(new Set(examples.flatMap((e) => [...e.replace(/\d/g, '')])), new Set(['.', ',']), `${lang}: the hint shows both separators: ${hint}`);
    assert.equal(await text(page.locator('#f-sentence-start-hint')), hint);
    for (const example of examples) {
      await page.fill(OFFENCE_DATE, example);
      assert.match(await shown(hintOf(page, OFFENCE_DATE).locator('.date-read')), /\d/, `${lang}: ${example} is read`);
    }
    await site.close(lang);
  }
});
