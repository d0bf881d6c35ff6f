// The article field in Chromium, in Kazakh, Russian and English (`?lang=`): an ARIA 1.2 combobox
// chosen from with the keyboard alone, citations read as article and part (and "272.2" said to be
// read as Art. 272 part 2), both readings of "269.1" offered, a part found by its subject, a
// suggestion still pending when the field is left taken or flagged, each part offered with its
// note, messages that wait until the person has finished typing, numbers the Code of January 2022
// did not have and parts that do not exist named as such. Every test records every request the
// page makes and fails if one leaves the page's origin, and fails on any error in the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, axe, setLanguage } from './helpers.mjs';

const { open } = useSite();

const ARTICLE = '#f-offences-0-article';
const PART = '#f-offences-0-part';

/// What the page must say, language by language.
const WORDS = {
  kk: {
    theft: 'ұрлық',
    option188: '188 Ұрлық · Заңның тізбесінде: бап толығымен',
    chosen188: 'Ұрлық · Заңның тізбесінде: бап толығымен',
    useCitation: 'Таңдау: ҚР ҚК 272-бабының 2-бөлігі',
    required: /^1-әрекет — Бап: міндетті өріс\.$/,
    choose: /^1-әрекет — Бап: бапты тізімнен таңдаңыз\.$/,
    noSuchArticle: /^1-әрекет — Бап: 2022 жылғы қаңтардағы Қылмыстық кодексте 999-бап жоқ\./,
    readAs: 'ҚР ҚК 272-бабының 2-бөлігі деп оқылды.',
    use269p1: 'Таңдау: ҚР ҚК 269-бабының 1-бөлігі',
    use189p3: 'Таңдау: ҚР ҚК 189-бабының 3-бөлігі',
    ambiguous: /^1-әрекет — Бап: 269-1-бап па, әлде 269-баптың 1-бөлігі ме\?/,
    oneMatch: ['ұрлық', '188'],
    several: 'жаппай',
    partSubject: 'жаппай тәртіпсіздікке қатысу',
    noMatch: 'Заңның тізбесінде мұндай бап жоқ. Үкімдегі немесе айыптау актісіндегі бап нөмірін енгізіңіз.',
    noSuchPart: /^1-әрекет — Бөлік: 2022 жылғы қаңтардағы Қылмыстық кодексте ҚР ҚК 188-бабы 4 бөліктен тұрады\.$/,
    heading106: 'ҚР ҚК 106-бабының бөліктері (2022 жылғы қаңтардағы редакция)',
    parts106: [
      '1-бөлік · ауыр қылмыс · Заңның тізбесінде бар',
      '2-бөлік · ауыр қылмыс · Заңның тізбесінде бар',
      '3-бөлік · Заңның тізбесінде жоқ: рақымшылық қолданылмайды',
    ],
    parts272: [
      '1-бөлік · ауыр қылмыс · тек кәмелетке толмаған адам жасаса, Заңның тізбесінде бар',
      '2-бөлік · ауыр қылмыс · Заңның тізбесінде бар',
      '3-бөлік · ауырлығы орташа қылмыс · Заңның тізбесінде бар',
    ],
  },
  ru: {
    theft: 'кража',
    option188: '188 Кража · в перечне закона: вся статья',
    chosen188: 'Кража · в перечне закона: вся статья',
    useCitation: 'Выбрать: ч. 2 ст. 272 УК РК',
    required: /^Деяние 1 — Статья: обязательное поле\.$/,
    choose: /^Деяние 1 — Статья: выберите статью из списка\.$/,
    noSuchArticle: /^Деяние 1 — Статья: в Уголовном кодексе в редакции января 2022 года нет статьи 999\./,
    readAs: 'Прочитано как ч. 2 ст. 272 УК РК.',
    use269p1: 'Выбрать: ч. 1 ст. 269 УК РК',
    use189p3: 'Выбрать: ч. 3 ст. 189 УК РК',
    ambiguous: /^Деяние 1 — Статья: статья 269-1 или часть 1 статьи 269\?/,
    oneMatch: ['кража', '188'],
    several: 'массовые',
    partSubject: 'участие в массовых беспорядках',
    noMatch: 'В перечне закона нет такой статьи. Введите номер статьи из приговора или обвинения.',
    noSuchPart: /^Деяние 1 — Часть: ст\. 188 УК РК в редакции января 2022 года состоит из 4 частей\.$/,
    heading106: 'Части статьи 106 УК РК в редакции января 2022 года',
    parts106: [
      'Часть 1 · тяжкое преступление · в перечне закона',
      'Часть 2 · тяжкое преступление · в перечне закона',
      'Часть 3 · нет в перечне закона: амнистия не применяется',
    ],
    parts272: [
      'Часть 1 · тяжкое преступление · в перечне закона, только если деяние совершено несовершеннолетним',
      'Часть 2 · тяжкое преступление · в перечне закона',
      'Часть 3 · преступление средней тяжести · в перечне закона',
    ],
  },
  en: {
    theft: 'theft',
    option188: "188 Theft · on the law's list: the whole article",
    chosen188: "Theft · on the law's list: the whole article",
    useCitation: 'Use CC Art. 272 part 2',
    required: /^Offence 1 — Article: this is required\.$/,
    choose: /^Offence 1 — Article: choose the article from the list\.$/,
    noSuchArticle: /^Offence 1 — Article: the Criminal Code of January 2022 has no Article 999\./,
    readAs: 'Read as CC Art. 272 part 2.',
    use269p1: 'Use CC Art. 269 part 1',
    use189p3: 'Use CC Art. 189 part 3',
    ambiguous: /^Offence 1 — Article: Article 269-1, or Article 269 part 1\?/,
    oneMatch: ['petty theft', '187'],
    several: 'theft',
    partSubject: 'participation in mass riots',
    noMatch: "No article on the law's list matches. Type the article's number from the verdict or the charge.",
    noSuchPart: /^Offence 1 — Part: CC Art\. 188 has 4 parts in the Criminal Code of January 2022\.$/,
    heading106: 'Parts of Art. 106 in the Criminal Code of January 2022',
    parts106: [
      "Part 1 · grave crime · on the law's list",
      "Part 2 · grave crime · on the law's list",
      "Part 3 · not on the law's list: not covered",
    ],
    parts272: [
      "Part 1 · grave crime · on the law's list only if committed by a minor",
      "Part 2 · grave crime · on the law's list",
      "Part 3 · crime of medium gravity · on the law's list",
    ],
  },
};

/// The id of the element that has the focus.
const focused = (page) => page.evaluate(() => document.activeElement?.id ?? '');

/// The listbox the article field controls.
async function listbox(page) {
  const id = await page.locator(ARTICLE).getAttribute('aria-controls');
  assert.ok(id, 'the combobox names its listbox');
  return page.locator(`#${id}`);
}

/// Empties the article field and types into it with the keyboard, as a person does.
async function typeArticle(page, text) {
  await page.fill(ARTICLE, '');
  await page.focus(ARTICLE);
  await page.keyboard.type(text);
}

/// The options shown, as their text.
async function optionTexts(page) {
  return (await listbox(page)).locator('[role=option]').allTextContents();
}

async function articleError(page) {
  const error = page.locator(`${ARTICLE}-error`);
  return (await error.count()) ? (await error.textContent()).trim() : null;
}

for (const lang of ['kk', 'ru', 'en']) {
  const w = WORDS[lang];

  test(`${lang}: the arrow keys and Enter choose an article, and the focus moves on to its part`, async () => {
    const page = await open(lang);
    const input = page.locator(ARTICLE);
    const list = await listbox(page);
    assert.equal(await input.getAttribute('role'), 'combobox');
    assert.equal(await input.getAttribute('aria-autocomplete'), 'list');
    assert.equal(await input.getAttribute('aria-expanded'), 'false');
    assert.equal(await list.getAttribute('role'), 'listbox');
    assert.equal(await list.isVisible(), false, 'no list before typing');

    await typeArticle(page, w.theft);
    assert.equal(await input.getAttribute('aria-expanded'), 'true');
    assert.equal(await list.isVisible(), true);
    const texts = await optionTexts(page);
    const target = texts.indexOf(w.option188);
    assert.ok(target >= 0, `«${w.theft}» offers ${w.option188}: ${texts}`);
    assert.equal(await input.getAttribute('aria-activedescendant'), null, 'nothing highlighted yet');

    const options = list.locator('[role=option]');
    const active = async () => {
      const id = await input.getAttribute('aria-activedescendant');
      const selected = await list.locator('[aria-selected=true]').evaluateAll((els) => els.map((e) => e.id));
      assert.deepEqual(selected, [id], 'exactly the highlighted option is selected');
      return id;
    };
    for (let i = 0; i <= target; i++) await page.keyboard.press('ArrowDown');
    assert.equal(await active(), await options.nth(target).getAttribute('id'));
    // Up and down again, wrapping round the ends of the list.
    await page.keyboard.press('ArrowUp');
    const above = (target + texts.length - 1) % texts.length;
    assert.equal(await active(), await options.nth(above).getAttribute('id'));
    await page.keyboard.press('ArrowDown');
    assert.equal(await active(), await options.nth(target).getAttribute('id'));

    await page.keyboard.press('Enter');
    assert.equal(await input.inputValue(), '188');
    assert.equal(await input.getAttribute('aria-expanded'), 'false');
    assert.equal(await input.getAttribute('aria-activedescendant'), null);
    assert.equal(await list.isVisible(), false);
    assert.equal(await focused(page), 'f-offences-0-part');
    assert.equal((await page.locator('.article-chosen').textContent()).trim(), w.chosen188);
    assert.equal(await articleError(page), null);
    assert.equal(await input.getAttribute('aria-invalid'), 'false');
  });

  test(`${lang}: «ст. 272 ч. 2», "272-бап 2-бөлік", "Art. 272 part 2", "ч. 2 ст. 272" fill article and part`, async () => {
    const page = await open(lang);
    for (const citation of ['ст. 272 ч. 2', '272-бап 2-бөлік', 'Art. 272 part 2', 'ч. 2 ст. 272', 'СТ. 272 Ч. 2']) {
      await page.fill(PART, '');
      await typeArticle(page, citation);
      const texts = await optionTexts(page);
      assert.equal(texts[0], w.useCitation, citation);
      await page.keyboard.press('Enter');
      assert.equal(await page.inputValue(ARTICLE), '272', citation);
      assert.equal(await page.inputValue(PART), '2', citation);
      assert.equal(await focused(page), 'f-offences-0-committed_on', `${citation}: on to the date`);
    }
    // With the mouse: "272.2" offers the same, and a click takes it, saying how it was read.
    await page.fill(PART, '');
    await typeArticle(page, '272.2');
    await (await listbox(page)).locator('[role=option]', { hasText: w.useCitation }).click();
    assert.equal(await page.inputValue(ARTICLE), '272');
    assert.equal(await page.inputValue(PART), '2');
    assert.equal(await focused(page), 'f-offences-0-committed_on');
    assert.equal((await page.locator('.article-chosen .article-read-as').textContent()).trim(), w.readAs);
    // The item of «п. 2 ч. 3 ст. 189» is read too; the article and part fill the fields.
    for (const citation of ['п. 2 ч. 3 ст. 189', 'пункт 2 части 3 статьи 189', '189-баптың 3-бөлігінің 2) тармағы', 'Art. 189(3)', '189 ч.3']) {
      await page.fill(PART, '');
      await typeArticle(page, citation);
      assert.equal((await optionTexts(page))[0], w.use189p3, citation);
      await page.keyboard.press('Enter');
      assert.equal(await page.inputValue(ARTICLE), '189', citation);
      assert.equal(await page.inputValue(PART), '3', citation);
    }
  });

  test(`${lang}: "272.2" left without choosing is read as Art. 272 part 2, and the field says so`, async () => {
    const page = await open(lang);
    await typeArticle(page, '272.2');
    const readAs = async () => (await page.locator('.article-chosen .article-read-as').textContent()).trim();
    assert.equal(await readAs(), '', 'not while typing');
    await page.keyboard.press('Tab');
    assert.equal(await page.inputValue(ARTICLE), '272');
    assert.equal(await page.inputValue(PART), '2');
    assert.equal(await readAs(), w.readAs);
    // The note is the start of the line the field is described by.
    const chosen = page.locator('.article-chosen');
    assert.match(await page.getAttribute(ARTICLE, 'aria-describedby'), new RegExp(`\\b${await chosen.getAttribute('id')}\\b`));
    assert.ok((await chosen.textContent()).trim().startsWith(w.readAs));
    assert.equal(await articleError(page), null);
    // Typing again clears the note.
    await typeArticle(page, '188');
    assert.equal(await readAs(), '');
  });

  test(`${lang}: a suggestion pending when the field is left is taken when it is the only one, flagged when there are several`, async () => {
    const page = await open(lang);
    const [one, number] = w.oneMatch;
    await typeArticle(page, one);
    assert.equal((await optionTexts(page)).length, 1, `«${one}» has one match`);
    await page.keyboard.press('Tab');
    assert.equal(await page.inputValue(ARTICLE), number, 'taken, not dropped');
    assert.equal(await articleError(page), null);

    const [several, flag] = [w.several, w.choose];
    await typeArticle(page, several);
    assert.ok((await optionTexts(page)).length > 1, `«${several}» has several matches`);
    assert.equal(await articleError(page), null, 'no message while searching');
    // The result waits for the choice: no error, only the field to choose in.
    const waiting = (await page.locator('#result .incomplete li').allTextContents()).join('\n');
    assert.ok(waiting.split('\n').some((line) => flag.test(line)), waiting);
    await page.keyboard.press('Tab');
    assert.equal(await page.inputValue(ARTICLE), several, 'kept as typed');
    assert.match(await articleError(page), flag);
  });

  test(`${lang}: the words of a part's own subject find Art. 272 part 2, in another language once it has been shown`, async () => {
    const page = await open(lang);
    // The page carries the titles of the reader's language (the first visit's words); another
    // language's titles come with its words when the reader switches to it.
    const others = Object.keys(WORDS).filter((l) => l !== lang);
    await checkPartSubjects(page, [w.partSubject]);
    for (const other of others) await setLanguage(page, other);
    await setLanguage(page, lang);
    await checkPartSubjects(page, [w.partSubject, 'участие в массовых беспорядках', 'жаппай тәртіпсіздікке қатысу', 'participation in mass riots']);
  });

  async function checkPartSubjects(page, phrases) {
    for (const phrase of phrases) {
      await page.fill(PART, '');
      await typeArticle(page, phrase);
      assert.deepEqual(await optionTexts(page), [w.useCitation], phrase);
      await page.keyboard.press('Enter');
      assert.equal(await page.inputValue(ARTICLE), '272', phrase);
      assert.equal(await page.inputValue(PART), '2', phrase);
    }
  }

  test(`${lang}: "269.1" offers Art. 269 part 1 and Art. 269-1, and "путём" finds the title written with е`, async () => {
    const page = await open(lang);
    await typeArticle(page, '269.1');
    const texts = await optionTexts(page);
    assert.equal(texts.length, 2, `${texts}`);
    assert.equal(texts[0], w.use269p1);
    assert.match(texts[1], /^269-1 /);
    // Enter with neither highlighted, or leaving the field, takes neither: the field asks.
    await page.keyboard.press('Enter');
    assert.equal(await page.inputValue(ARTICLE), '269.1');
    await page.keyboard.press('Tab');
    assert.equal(await page.inputValue(ARTICLE), '269.1');
    assert.match(await articleError(page), w.ambiguous);
    await typeArticle(page, '269.1');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    assert.equal(await page.inputValue(ARTICLE), '269-1');
    assert.equal(await focused(page), 'f-offences-0-part', '269-1 has parts');
    // A Russian title: on a page in another language, once Russian has been shown.
    if (lang !== 'ru') {
      await setLanguage(page, 'ru');
      await setLanguage(page, lang);
    }
    await typeArticle(page, 'путём');
    const numbers = await (await listbox(page)).locator('.match-number').allTextContents();
    assert.deepEqual(numbers, ['196']);
  });

  test(`${lang}: no message while typing "27" or a half word; the message comes once the field is left`, async () => {
    const page = await open(lang);
    const input = page.locator(ARTICLE);
    await page.focus(ARTICLE);
    await page.keyboard.type('2');
    assert.equal(await articleError(page), null);
    await page.keyboard.type('7');
    assert.equal(await articleError(page), null);
    assert.equal(await input.getAttribute('aria-invalid'), 'false');
    assert.ok((await optionTexts(page)).some((t) => t.startsWith('272 ')), 'on the way to 272');
    assert.equal(await page.locator('.article-chosen').count(), 0, 'nothing said of Art. 27 while searching');
    // Escape closes the list and keeps the text; ArrowDown opens it again.
    await page.keyboard.press('Escape');
    assert.equal(await input.getAttribute('aria-expanded'), 'false');
    assert.equal(await input.inputValue(), '27');
    await page.keyboard.press('ArrowDown');
    assert.equal(await input.getAttribute('aria-expanded'), 'true');
    assert.ok(await input.getAttribute('aria-activedescendant'));

    // Emptied, then left: now it is missing.
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    assert.equal(await articleError(page), null, 'not while the field has the focus');
    await page.keyboard.press('Tab');
    assert.match(await articleError(page), w.required);
    assert.equal(await input.getAttribute('aria-invalid'), 'true');
    assert.match(await input.getAttribute('aria-describedby'), /-error\b/);

    // Back in the field, typing hides it again until the field is left.
    await page.focus(ARTICLE);
    await page.keyboard.type('zzzz');
    assert.equal(await articleError(page), null);
    assert.equal(await input.getAttribute('aria-invalid'), 'false');
    await page.keyboard.press('Tab');
    assert.match(await articleError(page), w.choose);
    assert.equal(await input.getAttribute('aria-invalid'), 'true');
  });

  test(`${lang}: each part of 106 and 272 is offered with its category and what the list says of it`, async () => {
    const page = await open(lang);
    const group = page.locator('.part-choices');
    assert.equal(await group.count(), 0, 'no parts before an article');

    await typeArticle(page, '106');
    await page.keyboard.press('Enter');
    assert.equal(await focused(page), 'f-offences-0-part');
    assert.equal(await group.getAttribute('role'), 'group');
    const heading = page.locator(`#${await group.getAttribute('aria-labelledby')}`);
    assert.equal((await heading.textContent()).trim(), w.heading106);
    const buttons = group.locator('button');
    assert.deepEqual((await buttons.allTextContents()).map((t) => t.trim()), w.parts106);
    // By keyboard: from the part field, Tab to part 2 and take it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal(await page.inputValue(PART), '2');
    assert.equal(await focused(page), 'f-offences-0-committed_on');
    assert.deepEqual(await buttons.evaluateAll((els) => els.map((b) => b.getAttribute('aria-pressed'))), ['false', 'true', 'false']);

    await typeArticle(page, '272');
    await page.keyboard.press('Enter');
    assert.deepEqual((await buttons.allTextContents()).map((t) => t.trim()), w.parts272);
    // With the mouse: part 1, which the list names only when a minor committed it.
    await buttons.nth(0).click();
    assert.equal(await page.inputValue(PART), '1');
    assert.deepEqual(await buttons.evaluateAll((els) => els.map((b) => b.getAttribute('aria-pressed'))), ['true', 'false', 'false']);
  });

  test(`${lang}: a number the Code did not have and a part the article lacks are named as such`, async () => {
    const page = await open(lang);
    await typeArticle(page, '999');
    assert.deepEqual(await optionTexts(page), []);
    await page.keyboard.press('Enter');
    assert.equal(await page.inputValue(ARTICLE), '999');
    assert.match(await articleError(page), w.noSuchArticle);
    assert.equal(await page.getAttribute(ARTICLE, 'aria-invalid'), 'true');
    assert.equal(await page.locator('.article-chosen').count(), 0, 'nothing said of an article that was not');
    assert.equal(await page.locator('.part-choices').count(), 0);
    // The result names the field, and decides nothing.
    assert.equal(await page.locator('#result .decision').count(), 0);
    assert.match(await page.locator('#result .incomplete').textContent(), /999/);

    await typeArticle(page, 'zzzz');
    assert.equal((await page.locator('.article-picker [role=status]').textContent()).trim(), w.noMatch);

    await typeArticle(page, '188');
    await page.keyboard.press('Enter');
    await page.keyboard.type('7');
    assert.match((await page.locator(`${PART}-error`).textContent()).trim(), w.noSuchPart);
    assert.equal(await page.getAttribute(PART, 'aria-invalid'), 'true');
  });

  test(`${lang}: axe finds no violation with the list open, nor with the parts offered`, async () => {
    const page = await open(lang);
    await typeArticle(page, w.theft);
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.getAttribute(ARTICLE, 'aria-expanded'), 'true');
    await axe(page, `article list open (${lang})`);
    await typeArticle(page, 'ст. 272 ч. 2');
    await axe(page, `citation offered (${lang})`);
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('.part-choices button').count(), 3);
    await axe(page, `parts offered (${lang})`);
  });
}

test('ru, on a phone: a tap chooses an article and then a part', async () => {
  const page = await open('ru', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await typeArticle(page, 'беспорядки');
  await (await listbox(page)).locator('[role=option]', { hasText: /^272 / }).tap();
  assert.equal(await page.inputValue(ARTICLE), '272');
  assert.equal(await focused(page), 'f-offences-0-part');
  await page.locator('.part-choices button').nth(1).tap();
  assert.equal(await page.inputValue(PART), '2');
  assert.equal(await focused(page), 'f-offences-0-committed_on');
});
