// The training course (demo/index.html and the five story pages) in real headless Chromium: each
// story one click from the start page, its story block, and every exercise of its JSON file
// answered right and wrong in German and English, the marking checked against the rules' own
// verdict computed here through the same wasm in Node. Also: a new exercise added to a story's JSON
// appears without code changes; progress stays in the browser; seed 000's two branches; seed
// 002's account page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useBrowser, loadRules, newPage, root, waitForText, texts } from './helpers.mjs';

const env = useBrowser();
const rules = await loadRules();

const STORIES = [
  { seed: '000', path: 'move.html' },
  { seed: '001', path: 'cms.html?story=001' },
  { seed: '002', path: 'readiness.html' },
  { seed: '003', path: 'cms.html?story=003' },
  { seed: '004', path: 'close.html?story=004' },
];
const SEVERITY_DE = { block: 'Blockiert', warn: 'Warnung', info: 'Hinweis' };
const MARK = { de: { right: 'Richtig.', wrong: 'Falsch.', yes: 'Ja', no: 'Nein' }, en: { right: 'Right.', wrong: 'Wrong.', yes: 'Yes', no: 'No' } };

const exercisesOf = (seed) => JSON.parse(readFileSync(`${root}demo/exercises/seed-${seed}.json`, 'utf8'));

/** The right answer by the rules, computed independently of the page: {value, display, reasons}. */
function oracle(ex, lang) {
  const verdict = rules.check({ ...ex.case, locale: lang });
  assert.equal(verdict.errors, undefined, `exercise ${ex.id}: the case is refused: ${JSON.stringify(verdict.errors)}`);
  const f = verdict.findings;
  const label = (v) => {
    const c = (ex.choices ?? []).find((x) => x.value === v);
    return c ? (typeof c.label === 'string' ? c.label : c.label[lang]) : String(v);
  };
  const only = (codes) => f.filter((x) => codes.includes(x.code));
  const explained = (fallback) => (ex.explain ? only(ex.explain) : fallback).map((x) => x.message);
  switch (ex.rule.kind) {
    case 'deadline': {
      const iso = verdict.deadlines[ex.rule.key];
      return { value: iso, display: rules.formatDate(iso, lang), reasons: explained(f.slice(0, 1)) };
    }
    case 'allowed': {
      const blocks = f.filter((x) => x.severity === 'block');
      return { value: verdict.allowed ? 'yes' : 'no', display: MARK[lang][verdict.allowed ? 'yes' : 'no'], reasons: explained(blocks.length ? blocks : f) };
    }
    case 'finding': {
      const codes = ex.choices.map((c) => c.value).filter((v) => f.some((x) => x.code === v));
      assert.equal(codes.length, 1, `exercise ${ex.id}: exactly one choice should be right, got ${codes}`);
      return { value: codes[0], display: label(codes[0]), reasons: explained(only(codes)) };
    }
    case 'param': {
      const hit = f.find((x) => x.code === ex.rule.code);
      assert.ok(hit, `exercise ${ex.id}: no finding ${ex.rule.code}`);
      const v = String(hit.params[ex.rule.name]);
      return { value: v, display: ex.choices ? label(v) : v, reasons: explained([hit]) };
    }
    case 'count': {
      const list = only([ex.rule.code]);
      return { value: String(list.length), display: String(list.length), reasons: explained(list) };
    }
    case 'permitted': {
      const ok = ex.choices.map((c) => c.value).filter((v) => verdict.answers.permitted.includes(v));
      assert.equal(ok.length, 1, `exercise ${ex.id}: exactly one choice should be permitted`);
      return { value: ok[0], display: ok.map(label).join(' / '), reasons: explained(f) };
    }
    default:
      throw new Error(`unknown rule kind ${ex.rule.kind}`);
  }
}

/** A wrong answer of the exercise's kind (and how it is typed or chosen). */
function wrongAnswer(ex, right) {
  if (ex.answer === 'date') {
    const d = new Date(`${right}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  }
  if (ex.answer === 'number') return String(Number(right) + 1);
  if (ex.answer === 'yes-no') return right === 'yes' ? 'no' : 'yes';
  return ex.choices.map((c) => c.value).find((v) => v !== right);
}

/** Types or chooses `value` in exercise `id` and submits; returns the marking shown. */
async function answer(page, ex, value, lang) {
  const item = `li.exercise[data-exercise="${ex.id}"]`;
  if (ex.answer === 'date') {
    const [y, m, d] = value.split('-');
    await page.fill(`${item} input[name=answer]`, lang === 'de' ? `${d}.${m}.${y}` : value);
  } else if (ex.answer === 'number') {
    await page.fill(`${item} input[name=answer]`, value);
  } else {
    await page.check(`${item} input[name=answer][value="${value}"]`);
  }
  await page.click(`${item} button.check`);
  await page.waitForSelector(`${item}[data-result=right], ${item}[data-result=wrong], ${item}[data-result=faulty]`);
  return page.$eval(item, (li) => ({
    result: li.dataset.result,
    verdict: li.querySelector('.mark-verdict')?.textContent,
    expected: li.querySelector('.mark-expected')?.textContent,
    reasons: [...li.querySelectorAll('.mark-reasons li')].map((x) => x.textContent),
  }));
}

async function openStory(path, lang, context) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
  const sep = path.includes('?') ? '&' : '?';
  await page.goto(`${env.origin}/demo/${path}${lang === 'en' ? `${sep}lang=en` : ''}`);
  await page.waitForSelector('html[data-course-ready]');
  return { page, problems };
}

test('the start page lists the five stories and the practice pages; each story is one click away', async () => {
  const { context, page, problems } = await newPage(env.browser);
  await page.goto(`${env.origin}/demo/`);
  await page.waitForSelector('html[data-demo-ready]');
  assert.deepStrictEqual(await page.$$eval('#story-list li', (lis) => lis.map((li) => li.dataset.seed)), ['000', '001', '002', '003', '004']);
  assert.deepStrictEqual(
    await page.$$eval('#story-list a', (as) => as.map((a) => a.getAttribute('href'))),
    STORIES.map((s) => s.path),
  );
  assert.deepStrictEqual(await texts(page, '#practice-list a'), ['Domain kündigen', 'Transferanfrage beantworten', 'Bestandsliste prüfen', 'CMS: Löschen und Updates']);
  // the same navigation on the start page, its own entry current
  assert.equal(await page.getAttribute('#course-nav a[aria-current=page]', 'href'), 'index.html');
  for (const story of STORIES) {
    await page.goto(`${env.origin}/demo/`);
    await page.waitForSelector('html[data-demo-ready]');
    await page.click(`#story-list li[data-seed="${story.seed}"] a`);
    await page.waitForSelector('html[data-course-ready]');
    const data = exercisesOf(story.seed);
    assert.equal(await page.textContent('#story h2'), `Die Geschichte (Seed ${story.seed}): ${data.title.de}`);
    assert.deepStrictEqual(await texts(page, '#story .story-part h3'), ['Was geschah', 'Wo es passierte', 'Der Moment, in dem es schiefging', 'Was die Regeln sagen']);
    assert.equal(await page.textContent('#story [data-part=moment] p'), data.story.moment.de);
    assert.ok(data.exercises.length >= 3, `seed ${story.seed}: at least three exercises`);
    assert.equal(await page.$$eval('li.exercise', (l) => l.length), data.exercises.length);
    // one navigation on every page, the story marked as current
    assert.equal(await page.getAttribute('#course-nav a[aria-current=page]', 'data-seed'), story.seed);
    assert.equal(await page.$$eval('#course-nav a', (as) => as.length), 10);
  }
  // in English the links keep the language
  await page.goto(`${env.origin}/demo/?lang=en`);
  await page.waitForSelector('html[data-demo-ready]');
  assert.equal(await page.getAttribute('#story-list li[data-seed="002"] a', 'href'), 'readiness.html?lang=en');
  assert.equal(await page.textContent('#story-list li[data-seed="002"] a'), '002 Reseller in an emergency');
  assert.deepStrictEqual(problems, { dialogs: [], errors: [] });
  await context.close();
});

for (const story of STORIES) {
  for (const lang of ['de', 'en']) {
    test(`seed ${story.seed} (${lang}): every exercise answered right and wrong, marked by the rules, and the score`, async () => {
      const context = await env.browser.newContext();
      const { page, problems } = await openStory(story.path, lang, context);
      const data = exercisesOf(story.seed);
      const t = MARK[lang];
      assert.equal(
        await page.textContent('#score'),
        lang === 'de' ? `Ergebnis: 0 von ${data.exercises.length} richtig (0 von ${data.exercises.length} beantwortet).` : `Score: 0 of ${data.exercises.length} right (0 of ${data.exercises.length} answered).`,
      );
      assert.equal(await page.textContent(`li.exercise[data-exercise="${data.exercises[0].id}"] .exercise-question`), data.exercises[0].question[lang]);
      for (const ex of data.exercises) {
        const right = oracle(ex, lang);
        const expectedLine = lang === 'de' ? `Die Regeln sagen: ${right.display}.` : `The rules say: ${right.display}.`;
        const wrong = await answer(page, ex, wrongAnswer(ex, right.value), lang);
        assert.deepStrictEqual(wrong, { result: 'wrong', verdict: t.wrong, expected: expectedLine, reasons: right.reasons }, `exercise ${ex.id}, wrong answer`);
        assert.ok(right.reasons.length > 0, `exercise ${ex.id}: the marking is explained by a finding`);
        const ok = await answer(page, ex, right.value, lang);
        assert.deepStrictEqual(ok, { result: 'right', verdict: t.right, expected: expectedLine, reasons: right.reasons }, `exercise ${ex.id}, right answer`);
      }
      const n = data.exercises.length;
      assert.equal(await page.textContent('#score'), lang === 'de' ? `Geschafft: ${n} von ${n} richtig.` : `Done: ${n} of ${n} right.`);
      // the progress stays in this browser: after a reload the answers and the score are back
      await page.reload();
      await page.waitForSelector('html[data-course-ready]');
      assert.equal(await page.textContent('#score'), lang === 'de' ? `Geschafft: ${n} von ${n} richtig.` : `Done: ${n} of ${n} right.`);
      assert.deepStrictEqual(await page.$$eval('li.exercise', (l) => l.map((li) => li.dataset.result)), data.exercises.map(() => 'right'));
      assert.deepStrictEqual(problems, []);
      await context.close();
    });
  }
}

test('the stories’ key answers are the seeds’ own figures', () => {
  const byId = (seed, id) => exercisesOf(seed).exercises.find((e) => e.id === id);
  assert.equal(oracle(byId('004', 'notice-deadline'), 'de').value, '2009-03-14');
  assert.equal(oracle(byId('004', 'late-close-date'), 'de').value, '2010-04-03');
  assert.equal(oracle(byId('004', 'evk-wording'), 'de').value, 'no');
  assert.equal(oracle(byId('004', 'refuse-unpaid'), 'de').value, 'release');
  assert.equal(oracle(byId('004', 'authinfo-expired'), 'de').value, 'no');
  assert.equal(oracle(byId('000', 'answer-the-mail'), 'de').value, 'no');
  assert.equal(oracle(byId('000', 'what-is-missing'), 'de').value, 'MOVE_MAILBOXES_OPEN');
  assert.equal(oracle(byId('000', 'authinfo-expires'), 'de').value, '2014-05-28');
  assert.equal(oracle(byId('000', 'switch-at-noon'), 'de').value, 'no');
  assert.equal(oracle(byId('001', 'how-many-pages'), 'de').value, '37');
  assert.equal(oracle(byId('001', 'stale-backup'), 'de').value, 'no');
  assert.equal(oracle(byId('001', 'wrong-count'), 'de').value, 'no');
  assert.equal(oracle(byId('001', 'the-duplicate'), 'de').value, 'yes');
  assert.equal(oracle(byId('002', 'what-is-missing'), 'de').value, 'ACCOUNT_NO_POWER_OF_ATTORNEY');
  assert.equal(oracle(byId('002', 'contact-without-number'), 'de').value, 'ACCOUNT_NO_EMERGENCY_CONTACT');
  assert.equal(oracle(byId('002', 'how-many-at-risk'), 'de').value, '2');
  assert.equal(oracle(byId('002', 'which-first'), 'de').value, 'bäckerei-sonnenschein.de');
  assert.equal(oracle(byId('001', 'no-backup-source'), 'de').value, 'no');
  assert.equal(oracle(byId('001', 'who-backs-up'), 'de').value, 'customer');
  assert.equal(oracle(byId('001', 'recycler'), 'de').value, 'yes');
  assert.equal(oracle(byId('003', 'core-update-now'), 'de').value, 'no');
  assert.equal(oracle(byId('003', 'which-extension'), 'de').value, 'mm_forum');
  assert.equal(oracle(byId('003', 'forum-unstaged'), 'de').value, 'yes');
  assert.equal(oracle(byId('003', 'no-restore-point'), 'de').value, 'no');
});

test('an exercise added to a story’s JSON file appears on its page and is marked, without code changes', async () => {
  const context = await env.browser.newContext();
  const data = exercisesOf('004');
  const added = {
    id: 'trainer-undo-until',
    situation: { de: 'Die Schließung von beispiel.de ist zum 03.04.2009 beauftragt.', en: 'The close of beispiel.de is ordered for 3 April 2009.' },
    question: { de: 'Bis wann kann die Schließung rückgängig gemacht werden?', en: 'Until when can the close be undone?' },
    answer: 'date',
    rule: { kind: 'deadline', key: 'undo_until' },
    case: data.exercises[0].case,
  };
  // the trainer's edit: one more entry in demo/exercises/seed-004.json, served as the file
  await context.route('**/demo/exercises/seed-004.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: JSON.stringify({ ...data, exercises: [...data.exercises, added] }) }),
  );
  const { page, problems } = await openStory('close.html?story=004', 'de', context);
  assert.equal(await page.$$eval('li.exercise', (l) => l.length), data.exercises.length + 1);
  assert.equal(await page.textContent('li.exercise[data-exercise="trainer-undo-until"] .exercise-question'), 'Bis wann kann die Schließung rückgängig gemacht werden?');
  const wrong = await answer(page, added, '2009-04-02', 'de');
  assert.equal(wrong.result, 'wrong');
  assert.equal(wrong.expected, 'Die Regeln sagen: 01.04.2009.');
  const right = await answer(page, added, '2009-04-01', 'de');
  assert.equal(right.result, 'right');
  assert.equal(right.verdict, 'Richtig.');
  assert.match(await page.textContent('#score'), /^Ergebnis: 1 von 6 richtig \(1 von 6 beantwortet\)\.$/);
  assert.deepStrictEqual(problems, []);
  await context.close();
});

test('a date that does not exist is not marked; the trainee is asked for a date', async () => {
  const context = await env.browser.newContext();
  const { page } = await openStory('close.html?story=004', 'de', context);
  const item = 'li.exercise[data-exercise="notice-deadline"]';
  await page.fill(`${item} input[name=answer]`, '30.02.2009');
  await page.click(`${item} button.check`);
  await waitForText(page, `${item} .mark-verdict`, 'Bitte ein Datum als TT.MM.JJJJ eingeben.');
  assert.equal(await page.getAttribute(item, 'data-result'), 'invalid');
  assert.match(await page.textContent('#score'), /^Ergebnis: 0 von 5/);
  await context.close();
});

test('seed 000 plays both branches: the holder answers the mail too early, and the agency’s plan', async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await openStory('move.html', 'de', context);
  await page.waitForSelector('html[data-demo-ready]');
  await page.click('#branch-early');
  await page.waitForFunction(() => document.getElementById('branch-outcome').dataset.branch === 'early' && document.getElementById('branch-outcome').textContent !== '');
  const early = rules.check({
    action: 'authinfo_release',
    today: '2014-04-28',
    locale: 'de',
    domain: { name: 'kunde-shop.de' },
    authinfo: { created: '2014-04-28' },
    move: {
      website_copied: true, website_tested: false, mailboxes: 5, mailboxes_done: 0,
      dns: { mx: false, spf_dkim: false, a_aaaa: false, cname: false },
      tls_checked: false, cms_requirements_checked: false, switch_at: '2014-04-30T22:00', old_contract_end: '2014-04-30',
    },
  });
  assert.equal(early.allowed, false);
  const open = early.checklist.filter((i) => !i.done).length;
  await waitForText(page, '#branch-outcome', `Die Regeln: AuthInfo gesperrt – ${open} Punkte der Checkliste sind offen.`);
  assert.equal(await page.textContent('#checklist-progress'), `${11 - open} von 11 Punkten erledigt`);
  // the timeline: the site goes dark on the 28th, two days before the planned switch
  assert.deepStrictEqual(
    await page.$$eval('#branch-timeline li', (lis) => lis.map((li) => [li.querySelector('time').dateTime, li.dataset.kind])),
    [['2014-04-28', 'step'], ['2014-04-28', 'wrong'], ['2014-04-28', 'dark'], ['2014-04-28', 'dark'], ['2014-04-30', 'step'], ['2014-05-28', 'expires']],
  );
  assert.equal(await page.textContent('#branch-timeline li[data-kind=dark] span'), 'Die Domain wechselt sofort: Die Website ist offline, der alte Anbieter sperrt die Postfächer.');

  await page.click('#branch-plan');
  const plan = rules.check({
    action: 'authinfo_release',
    today: '2014-04-29',
    locale: 'de',
    domain: { name: 'kunde-shop.de' },
    authinfo: { created: '2014-04-28' },
    move: {
      website_copied: true, website_tested: true, mailboxes: 5, mailboxes_done: 5,
      dns: { mx: true, spf_dkim: true, a_aaaa: true, cname: true },
      tls_checked: true, cms_requirements_checked: true, switch_at: '2014-04-30T22:00', old_contract_end: '2014-04-30',
    },
  });
  const warns = plan.findings.filter((f) => f.severity === 'warn').length;
  const outcome = plan.allowed
    ? `Die Regeln: AuthInfo freigegeben, mit ${warns} Warnung(en).`
    : `Die Regeln: AuthInfo gesperrt – ${plan.checklist.filter((i) => !i.done).length} Punkte der Checkliste sind offen.`;
  await waitForText(page, '#branch-outcome', outcome);
  assert.equal(await page.getAttribute('#branch-outcome', 'data-allowed'), String(plan.allowed));
  assert.deepStrictEqual(await page.evaluate(() => window.domainguardDemo.handle.verdict), plan);
  assert.equal(await page.getAttribute('#branch-plan', 'aria-pressed'), 'true');
  assert.deepStrictEqual(problems, []);
  await context.close();
});

test('seed 002: the account page warns until an emergency contact and a power of attorney are entered', async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await openStory('readiness.html', 'de', context);
  await page.waitForSelector('html[data-demo-ready]');
  const codes = () => page.$$eval('#readiness-findings li', (lis) => lis.map((li) => li.dataset.code));
  assert.deepStrictEqual(await codes(), ['DOMAIN_RENEWAL_AT_RISK', 'DOMAIN_RENEWAL_AT_RISK', 'ACCOUNT_NO_EMERGENCY_CONTACT', 'ACCOUNT_NO_POWER_OF_ATTORNEY', 'ACCOUNT_UNREACHABLE_PATHS']);
  assert.equal(await page.textContent('#readiness-state'), '4 Warnungen: Das Konto ist nicht auf einen Notfall vorbereitet.');
  const caseNow = await page.evaluate(() => window.domainguardDemo.readinessCase());
  const verdict = rules.check(caseNow);
  assert.deepStrictEqual(await texts(page, '#readiness-findings li'), verdict.findings.map((f) => `${SEVERITY_DE[f.severity]}: ${f.message}`));
  // the unreachable reseller: the rules' paths (.de: AuthInfo2 by post; gTLD: the registrar within 5 days)
  const paths = verdict.findings.find((f) => f.code === 'ACCOUNT_UNREACHABLE_PATHS');
  assert.match(paths.message, /AuthInfo2/);
  assert.equal(await page.textContent('#unreachable-rules'), paths.message);
  await page.fill('#a-contact-name', 'Erika Muster');
  await page.fill('#a-contact-phone', '+49 30 1234567');
  await page.check('#a-attorney');
  await page.uncheck('#a-unpaid-0');
  await page.uncheck('#a-unpaid-1');
  await waitForText(page, '#readiness-state', 'Das Konto ist auf einen Notfall vorbereitet.');
  assert.deepStrictEqual(await codes(), ['ACCOUNT_READY']);
  assert.equal(await page.isVisible('#unreachable-rules'), false);
  assert.equal(await page.textContent('.unreachable h3'), '.de-Domains (DENIC)');
  assert.match(await page.textContent('.unreachable'), /AuthInfo2/);
  assert.deepStrictEqual(problems, []);
  await context.close();
});

const DIALOG = 'dialog.domainguard-dialog';

test('seed 003 replayed: the core update is blocked by mm_forum’s core range; after updating mm_forum the core update goes through', async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await openStory('cms.html?story=003&now=2009-12-09T20:00&backup=2009-12-09T19:00', 'de', context);
  await page.waitForSelector('html[data-demo-ready]');
  assert.equal(await page.textContent('#core-info'), 'Installierter Core: TYPO3 4.2.10.');
  assert.deepStrictEqual(await texts(page, '#extension-rows .core-range'), ['', '4.1.0 – 4.2.99', '4.0.0 – 4.3.99', '4.2.0 – 4.3.99']);
  const extensions = (mm) => [
    { name: 'mm_forum', ...mm },
    { name: 'tt_news', version: '3.0.1', core_min: '4.0.0', core_max: '4.3.99' },
    { name: 'powermail', version: '1.4.16', core_min: '4.2.0', core_max: '4.3.99' },
  ];
  const coreCase = (mm) => ({
    action: 'cms_update',
    today: '2009-12-09',
    now: '2009-12-09T20:00',
    locale: 'de',
    policy: 'default',
    backup: { created_at: '2009-12-09T19:00' },
    update: { component: 'core', name: 'TYPO3', from_version: '4.2.10', to_version: '4.3.0' },
    staging_tested: false,
    core: { version: '4.2.10' },
    hosting: { backup_responsibility: 'agency' },
    extensions: extensions(mm),
  });
  const before = rules.check(coreCase({ version: '1.8.2', core_min: '4.1.0', core_max: '4.2.99' }));
  assert.equal(before.allowed, false);
  const incompatible = before.findings.find((f) => f.code === 'UPDATE_EXTENSION_INCOMPATIBLE');
  assert.equal(incompatible.params.name, 'mm_forum');
  await page.click('tr[data-ext=typo3] .update');
  await page.waitForSelector(`${DIALOG}[open][data-state=blocked]`);
  assert.deepStrictEqual(await texts(page, `${DIALOG} .domainguard-findings li`), before.findings.map((f) => `${SEVERITY_DE[f.severity]}: ${f.message}`));
  await page.click(`${DIALOG} .domainguard-cancel`);
  await page.waitForFunction(() => !document.querySelector('dialog.domainguard-dialog')?.open);

  // the plan: mm_forum 1.8.2 -> 1.9.0 first (its new range fits 4.2.10 and 4.3.0), then the core
  await page.click('tr[data-ext=mm_forum] .update');
  await page.waitForSelector(`${DIALOG}[open][data-state=warnings]`);
  await page.check(`${DIALOG} .domainguard-ack-input`);
  await page.click(`${DIALOG} .domainguard-proceed`);
  await page.waitForFunction(() => window.domainguardCmsDemo.updates.includes('mm_forum'));
  assert.equal(await page.textContent('tr[data-ext=mm_forum] .installed'), '1.9.0');
  assert.equal(await page.textContent('tr[data-ext=mm_forum] .core-range'), '4.2.0 – 4.3.99');
  const after = rules.check(coreCase({ version: '1.9.0', core_min: '4.2.0', core_max: '4.3.99' }));
  assert.equal(after.allowed, true);
  await page.click('tr[data-ext=typo3] .update');
  await page.waitForSelector(`${DIALOG}[open][data-state=warnings]`);
  assert.deepStrictEqual(await texts(page, `${DIALOG} .domainguard-findings li`), after.findings.map((f) => `${SEVERITY_DE[f.severity]}: ${f.message}`));
  assert.deepStrictEqual(await page.evaluate(() => window.domainguardCmsDemo.guard.caseFor(document.querySelector('tr[data-ext=typo3] .update'))), coreCase({ version: '1.9.0', core_min: '4.2.0', core_max: '4.3.99' }));
  assert.deepStrictEqual(problems, []);
  await context.close();
});

test('seed 001 replayed: deleting “Service” names the 37 pages and who must make backups (the customer, clause 10.4)', async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await openStory('cms.html?story=001&now=2011-09-13T10:00&backup=2011-09-13T08:00', 'de', context);
  await page.waitForSelector('html[data-demo-ready]');
  assert.equal(await page.textContent('#responsible-note'), 'Verantwortlich für Datensicherungen: der Kunde (AGB des Hosters, Ziffer 10.4). Wer löscht, braucht vorher einen Wiederherstellungspunkt.');
  const expected = rules.check({
    action: 'cms_delete',
    today: '2011-09-13',
    now: '2011-09-13T10:00',
    locale: 'de',
    policy: 'default',
    backup: { created_at: '2011-09-13T08:00' },
    node: { id: '10', title: 'Service', descendants: 37, records: 109 },
    hosting: { backup_responsibility: 'customer' },
  });
  assert.ok(expected.findings.some((f) => f.code === 'BACKUP_RESPONSIBILITY' && f.params.responsible === 'customer'));
  await page.click('li[data-node-id="10"] > .node-row > .delete');
  await page.waitForSelector(`${DIALOG}[open]`);
  assert.deepStrictEqual(await texts(page, `${DIALOG} .domainguard-findings li`), expected.findings.filter((f) => !f.code.startsWith('DELETE_CONFIRMATION')).map((f) => `${SEVERITY_DE[f.severity]}: ${f.message}`));
  assert.ok((await texts(page, `${DIALOG} .domainguard-findings li`)).includes('Hinweis: Laut Hostingvertrag ist der Kunde für Datensicherungen verantwortlich.'));
  assert.deepStrictEqual(problems, []);
  await context.close();
});
