// The dates after the verdict on the one-case page, in Kazakh, Russian and English: the periods
// held before it typed as a family knows them, the institution, the credited days, each date in
// order (one reading's release on 3 November 2022, the other's in October 2023: issue 14's worked
// example), the earliest parole, the block saying which petition goes to which court, and the
// printout carrying them. Bad periods are named at their field and keep what was typed; a case
// handed over with `#case=` fills the new fields. Expected figures come from the native rules
// (`native`), words from the locale files; axe finds nothing; nothing leaves the page's origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, axe, fillOffence, fillSentence, setAsOf, words, dateWords, native } from './helpers.mjs';

const site = useSite();

/// Issue 14's example: Art. 272 part 2, 8 years, held 6 January – 19 June 2022, the term from
/// 20 June 2022, medium security, serving; calculated in 2024.
const EXAMPLE = {
  as_of: '2024-03-01',
  stage: 'serving',
  offences: [{ article: 272, part: 2, committed_on: '2022-01-05', context: 'riots' }],
  sentence: { punishment: 'imprisonment', years: 8, start: '2022-06-20', institution: 'medium' },
  custody: [{ from: '2022-01-06', to: '2022-06-19', kind: 'detention' }],
};

const text = async (locator) => (await locator.textContent()).trim().replace(/\s+/g, ' ');

/// Adds a period held and types it, as a family would (dates as people write them).
async function fillCustody(page, i, { from, to, kind = 'detention' }) {
  while ((await page.locator('.custody-period').count()) <= i) await page.click('button.add-custody');
  await page.fill(`#f-custody-${i}-from`, from);
  await page.fill(`#f-custody-${i}-to`, to);
  await page.check(`#custody-kind-${i}-${kind === 'detention' ? 0 : 1}`);
}

/// Types the worked example into the form.
async function typeExample(page) {
  await fillOffence(page, 0, { article: 272, part: 2, date: '05.01.2022' });
  await fillSentence(page, { years: 8, start: '20.06.2022' });
  await fillCustody(page, 0, { from: '06.01.2022', to: '19.06.2022' });
  await page.check('#institution-medium');
  await setAsOf(page, EXAMPLE.as_of);
  await page.locator('.dates-timeline').waitFor();
}

/// Each dated line of the timeline: its event and its day.
async function timeline(page) {
  const items = page.locator('.dates-timeline li');
  const out = [];
  for (let i = 0; i < (await items.count()); i++) {
    const item = items.nth(i);
    out.push({ event: await item.getAttribute('data-event'), day: await item.getAttribute('data-date') });
  }
  return out;
}

const decision = native(EXAMPLE);

test('the worked example is what the issue says: released on 3 November 2022 in one reading, October 2023 in the other', () => {
  const releases = [decision.release_on, ...decision.readings.map((r) => r.release_on)].filter(Boolean);
  assert.ok(releases.includes('2022-11-03'), releases.join());
  assert.ok(releases.some((d) => d.startsWith('2023-10-')), releases.join());
  // 165 days held, one and a half each in medium security: 247½ (the half day is read both ways).
  assert.equal(decision.custody.detention_days, 165);
  assert.ok([247, 248].includes(decision.custody.credited.days), JSON.stringify(decision.custody));
});

for (const lang of ['kk', 'ru', 'en']) {
  test(`${lang}: the worked example typed in the form gives the credited days, every date in order, the parole date and what next`, async () => {
    const w = words(lang);
    const page = await site.open(lang);
    await typeExample(page);
    assert.equal(await page.locator('.headline').getAttribute('data-outcome'), decision.outcome);

    // The custody credited, in days, among the key figures.
    const credited = await text(page.locator('.key-figures .custody-credited'));
    assert.ok(credited.includes(String(decision.custody.credited.days)), credited);

    // Every date in order, each reading's release where it differs.
    const lines = await timeline(page);
    const days = lines.map((l) => l.day);
    assert.deepEqual(days, [...days].sort(), 'in the order of their days');
    const at = (event) => lines.filter((l) => l.event === event).map((l) => l.day);
    assert.deepEqual(at('held'), ['2022-01-06']);
    assert.deepEqual(at('term-start'), ['2022-06-20']);
    assert.deepEqual(at('in-force'), ['2022-11-03']);
    const releases = [...at('release'), ...at('release-other')];
    assert.ok(releases.includes('2022-11-03'), releases.join());
    assert.ok(releases.some((d) => d.startsWith('2023-10-')), releases.join());
    assert.deepEqual(new Set(releases), new Set([decision.release_on, ...decision.readings.map((r) => r.release_on)].filter(Boolean)));
    if (decision.parole?.eligible_on) assert.deepEqual(at('parole'), [decision.parole.eligible_on]);
    assert.ok(decision.parole, 'the example has a parole entry');
    const all = await text(page.locator('.dates-timeline'));
    for (const day of ['2022-01-06', '2022-11-03']) assert.ok(all.includes(dateWords(day, lang)), `${day} in ${all}`);

    // What next: each petition, its court and its article of the Code of Criminal Procedure.
    const next = page.locator('.what-next');
    assert.equal(await next.locator('li.petition').count(), decision.next_steps.length);
    const credit = await text(next.locator('li[data-step="custody-credit"]'));
    assert.ok(credit.includes(w('after.court_sentencing')), credit);
    const steps = decision.next_steps.map((s) => s.step);
    if (steps.includes('parole')) {
      const parole = await text(next.locator('li[data-step="parole"]'));
      assert.ok(parole.includes(w('after.court_where_served')), parole);
      assert.ok(parole.includes(dateWords(decision.parole.eligible_on, lang)), parole);
    }
    assert.match(await text(next), /477/);

    await axe(page, `${lang}: the worked example`);

    // The printout: the facts entered (the period held, the institution) and the dates.
    await page.emulateMedia({ media: 'print' });
    const facts = await text(page.locator('.print-facts'));
    assert.ok(facts.includes(dateWords('2022-01-06', lang)) && facts.includes(dateWords('2022-06-19', lang)), facts);
    assert.ok(facts.includes(w('institution.medium')), facts);
    // The figures carry each date with its citation, the decision's next steps each court.
    for (const figure of ['custody-credited', 'imposed-end-credited', 'parole']) {
      assert.ok(await page.locator(`.key-figures .${figure}`).isVisible(), `${figure} is printed`);
    }
    const figures = await text(page.locator('.key-figures'));
    assert.ok(figures.includes(String(decision.custody.credited.days)), figures);
    // In the shown reading the amnesty frees him on 3 November 2022: parole is said not to be needed.
    const parole = decision.parole.eligible_on ? dateWords(decision.parole.eligible_on, lang) : w(`unavailable.${decision.parole.unavailable}`);
    assert.ok(figures.includes(parole), figures);
    assert.match(figures, /72/, 'the parole date cites CC Art. 72');
    assert.ok(await page.locator('.next-steps').isVisible(), 'the next steps are printed, each with its court');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    assert.ok(pdf.length > 1000);
  });
}

test('a wrong period is named at its field, in the form\'s words, and what was typed stays', async () => {
  const page = await site.open('en');
  await fillOffence(page, 0, { article: 272, part: 2, date: '2022-01-05' });
  await fillSentence(page, { years: 8, start: '2022-06-20' });
  // In the wrong order.
  await fillCustody(page, 0, { from: '19.06.2022', to: '06.01.2022' });
  const to = page.locator('#f-custody-0-to');
  await to.blur();
  assert.equal(await to.getAttribute('aria-invalid'), 'true');
  assert.ok((await text(page.locator('#f-custody-0-to-error'))).length > 0);
  assert.equal(await to.inputValue(), '06.01.2022');
  // Ending on the term's first day.
  await page.fill('#f-custody-0-from', '06.01.2022');
  await page.fill('#f-custody-0-to', '20.06.2022');
  assert.equal(await to.getAttribute('aria-invalid'), 'true');
  // Two periods overlapping: named at the second period as a whole.
  await page.fill('#f-custody-0-to', '01.03.2022');
  await fillCustody(page, 1, { from: '01.02.2022', to: '19.06.2022', kind: 'house_arrest' });
  await page.locator('#f-custody-1-error').waitFor();
  assert.ok((await text(page.locator('#f-custody-1-error'))).length > 0);
  assert.equal(await page.locator('#f-custody-1-from').inputValue(), '01.02.2022');
  // Removing it makes the case whole again.
  await page.locator('.custody-period').nth(1).locator('button.remove-custody').click();
  await page.locator('.headline').waitFor();
  assert.equal(await page.locator('#f-custody-0-to').inputValue(), '01.03.2022');
  await axe(page, 'custody errors');
});

test('a case handed over with #case= fills the periods held, the institution and the parole facts', async () => {
  const file = { ...EXAMPLE, parole_facts: { damage_repaid: true } };
  const { page } = await site.visit(`?lang=en#case=${encodeURIComponent(JSON.stringify(file))}`);
  await page.locator('.dates-timeline').waitFor();
  assert.equal(await page.locator('#f-custody-0-from').inputValue(), '2022-01-06');
  assert.equal(await page.locator('#f-custody-0-to').inputValue(), '2022-06-19');
  assert.equal(await page.locator('#custody-kind-0-0').isChecked(), true);
  assert.equal(await page.locator('#institution-medium').isChecked(), true);
  assert.equal(await page.locator('#f-parole_facts-damage_repaid').inputValue(), 'yes');
  // "Don't know" takes the institution back out: the result says which level it assumes.
  await page.check('#institution-unknown');
  await page.locator('.headline').waitFor();
  assert.equal(await page.locator('#institution-medium').isChecked(), false);
});

test('a term the amnesty cuts but does not end: the earliest parole on the timeline, and its petition to the court where he serves (ru)', async () => {
  const file = {
    as_of: '2023-03-01', stage: 'serving',
    offences: [{ article: 272, part: 2, committed_on: '2022-01-05', context: 'riots' }],
    sentence: { punishment: 'imprisonment', years: 8, start: '2022-01-06' },
  };
  const expected = native(file);
  assert.ok(expected.parole?.eligible_on, JSON.stringify(expected.parole));
  const page = await site.open('ru');
  await fillOffence(page, 0, { article: 272, part: 2, date: '05.01.2022' });
  await fillSentence(page, { years: 8, start: '06.01.2022' });
  await setAsOf(page, file.as_of);
  await page.locator('.dates-timeline').waitFor();
  const lines = await timeline(page);
  assert.deepEqual(lines.filter((l) => l.event === 'parole').map((l) => l.day), [expected.parole.eligible_on]);
  const petition = await text(page.locator('.what-next li[data-step="parole"]'));
  assert.ok(petition.includes(words('ru')('after.court_where_served')), petition);
  assert.ok(petition.includes(dateWords(expected.parole.eligible_on, 'ru')), petition);
  // Every article of the procedure the petition rests on, as the tool gives them (CPC Art. 477,
  // and Arts. 476, 478 and 480 beside it).
  const step = expected.next_steps.find((s) => s.step === 'parole');
  assert.ok((step.also ?? []).length >= 3, JSON.stringify(step));
  for (const cite of [step.cite, ...step.also.map((a) => a.cite)]) {
    assert.ok(petition.includes(`ст. ${cite.article} `), `Art. ${cite.article} in ${petition}`);
  }
  await axe(page, 'ru: parole');
});
