// The course on a story page: the story (from the seed, German and English) and the exercises a
// trainee answers, both read from `exercises/seed-NNN.json` (see demo/exercises/README.md). Each
// answer is marked by the rules themselves: the exercise's case goes through the wasm `check`,
// and the right answer is read from the verdict the way the exercise's `rule` says (a deadline, `allowed`, a
// finding, a finding's parameter, the permitted answers). Nothing goes to a server; the answers
// stay in this browser (localStorage). All text reaches the page through textContent.
import { el } from './common.js';

const TEXT = {
  de: {
    storyHeading: (seed) => `Die Geschichte (Seed ${seed})`,
    scenario: 'Was geschah',
    where: 'Wo es passierte',
    moment: 'Der Moment, in dem es schiefging',
    rules: 'Was die Regeln sagen',
    exercises: 'Übungen',
    exercisesIntro: 'Beantworten Sie jede Frage; die Regeln von domainguard bewerten die Antwort und begründen sie.',
    exercise: (n) => `Übung ${n}`,
    today: (date) => `Heute ist der ${date}.`,
    showCase: 'Der Fall, wie ihn die Regeln prüfen (JSON)',
    answer: 'Ihre Antwort',
    dateHint: 'Datum als TT.MM.JJJJ',
    numberHint: 'eine Zahl',
    yes: 'Ja',
    no: 'Nein',
    check: 'Antwort prüfen',
    right: 'Richtig.',
    wrong: 'Falsch.',
    expected: (value) => `Die Regeln sagen: ${value}.`,
    because: 'Begründung der Regeln:',
    invalidDate: 'Bitte ein Datum als TT.MM.JJJJ eingeben.',
    invalidNumber: 'Bitte eine ganze Zahl eingeben.',
    noChoice: 'Bitte eine Antwort wählen.',
    caseError: (m) => `Die Übung ist fehlerhaft: ${m}`,
    score: (right, answered, total) => `Ergebnis: ${right} von ${total} richtig (${answered} von ${total} beantwortet).`,
    done: (right, total) => `Geschafft: ${right} von ${total} richtig.`,
    reset: 'Antworten zurücksetzen',
    loadError: (file) => `Die Übungen (${file}) konnten nicht geladen werden.`,
    none: 'keine',
  },
  en: {
    storyHeading: (seed) => `The story (seed ${seed})`,
    scenario: 'What happened',
    where: 'Where it happened',
    moment: 'The moment it went wrong',
    rules: 'What the rules say',
    exercises: 'Exercises',
    exercisesIntro: 'Answer each question; domainguard’s rules mark the answer and explain it.',
    exercise: (n) => `Exercise ${n}`,
    today: (date) => `Today is ${date}.`,
    showCase: 'The case as the rules check it (JSON)',
    answer: 'Your answer',
    dateHint: 'date as YYYY-MM-DD',
    numberHint: 'a number',
    yes: 'Yes',
    no: 'No',
    check: 'Check the answer',
    right: 'Right.',
    wrong: 'Wrong.',
    expected: (value) => `The rules say: ${value}.`,
    because: 'The rules’ reasons:',
    invalidDate: 'Please enter a date as YYYY-MM-DD.',
    invalidNumber: 'Please enter a whole number.',
    noChoice: 'Please choose an answer.',
    caseError: (m) => `The exercise is faulty: ${m}`,
    score: (right, answered, total) => `Score: ${right} of ${total} right (${answered} of ${total} answered).`,
    done: (right, total) => `Done: ${right} of ${total} right.`,
    reset: 'Reset the answers',
    loadError: (file) => `The exercises (${file}) could not be loaded.`,
    none: 'none',
  },
};

const pick = (text, lang) => (text && typeof text === 'object' ? text[lang] ?? text.de ?? '' : String(text ?? ''));

/** `YYYY-MM-DD` from `2009-03-14`, `14.03.2009` or `14.3.2009`; null when it is none of these or impossible. */
export function parseDate(input) {
  const s = String(input ?? '').trim();
  let y;
  let m;
  let d;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (match) [, y, m, d] = match;
  else if ((match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s))) [, d, m, y] = match;
  else return null;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const t = Date.UTC(Number(y), Number(m) - 1, Number(d));
  return new Date(t).toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * The right answer by the rules: reads the verdict as the exercise's `rule` says. Returns
 * `{ value, findings }`: the answer's value (a date, true/false, a code, a number, a list of
 * permitted values) and the findings that explain it.
 */
export function rightAnswer(exercise, verdict) {
  const rule = exercise.rule ?? {};
  const findings = verdict.findings ?? [];
  const named = (codes) => findings.filter((f) => codes.includes(f.code));
  const blocks = findings.filter((f) => f.severity === 'block');
  const explain = Array.isArray(exercise.explain) ? named(exercise.explain) : null;
  switch (rule.kind) {
    case 'deadline':
      return { value: verdict.deadlines?.[rule.key] ?? null, findings: explain ?? findings.slice(0, 1) };
    case 'allowed':
      return { value: verdict.allowed, findings: explain ?? (blocks.length ? blocks : findings) };
    case 'finding': {
      const codes = (exercise.choices ?? []).map((c) => c.value).filter((v) => findings.some((f) => f.code === v));
      return { value: codes, findings: explain ?? named(codes) };
    }
    case 'param': {
      const finding = findings.find((f) => f.code === rule.code);
      return { value: finding ? finding.params?.[rule.name] ?? null : null, findings: explain ?? (finding ? [finding] : []) };
    }
    case 'count': {
      const list = named([rule.code]);
      return { value: list.length, findings: explain ?? list };
    }
    case 'permitted':
      return { value: verdict.answers?.permitted ?? [], findings: explain ?? findings };
    default:
      throw new Error(`unknown rule kind ${JSON.stringify(rule.kind)}`);
  }
}

/** Whether `given` (the trainee's answer, already read) is right by `expected` (rightAnswer's value). */
function isRight(exercise, given, expected) {
  switch (exercise.rule?.kind) {
    case 'finding':
    case 'permitted':
      return Array.isArray(expected) && expected.includes(given);
    case 'allowed':
      return given === (expected ? 'yes' : 'no');
    case 'param':
    case 'count':
      return String(given) === String(expected);
    default:
      return given === expected;
  }
}

function storageKey(seed) {
  return `domainguard-course:seed-${seed}`;
}
function loadProgress(seed) {
  try {
    const raw = localStorage.getItem(storageKey(seed));
    const data = raw ? JSON.parse(raw) : {};
    return data && typeof data === 'object' ? data : {};
  } catch {
    return {};
  }
}
function saveProgress(seed, progress) {
  try {
    localStorage.setItem(storageKey(seed), JSON.stringify(progress));
  } catch {
    /* private mode or full: progress is a convenience */
  }
}

/**
 * Mounts the story into `#story` and the exercises into `#exercises` of the page.
 * @param {{seed: string, dg: object, lang: string}} options dg: the loaded domainguard module
 * @returns {Promise<{setLang(lang: string): void, data: object}>}
 */
export async function mountCourse({ seed, dg, lang }) {
  const storyBox = document.getElementById('story');
  const exerciseBox = document.getElementById('exercises');
  const file = `exercises/seed-${seed}.json`;
  let data;
  try {
    const response = await fetch(file, { cache: 'no-store' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    data = await response.json();
  } catch (err) {
    const p = el('p', 'load-error', TEXT[lang === 'en' ? 'en' : 'de'].loadError(file));
    p.setAttribute('role', 'alert');
    exerciseBox?.replaceChildren(p);
    console.error('course: exercises did not load', err);
    return { setLang() {}, data: null };
  }
  const state = { lang: lang === 'en' ? 'en' : 'de', progress: loadProgress(seed) };
  const exercises = Array.isArray(data.exercises) ? data.exercises : [];

  function renderStory() {
    if (!storyBox) return;
    const t = TEXT[state.lang];
    const section = el('section', 'story course-story');
    section.setAttribute('aria-labelledby', 'story-heading');
    const h2 = el('h2', '', `${t.storyHeading(data.seed ?? seed)}: ${pick(data.title, state.lang)}`);
    h2.id = 'story-heading';
    section.append(h2);
    for (const key of ['scenario', 'where', 'moment', 'rules']) {
      if (!data.story?.[key]) continue;
      const part = el('div', 'story-part');
      part.dataset.part = key;
      part.append(el('h3', '', t[key]));
      const body = pick(data.story[key], state.lang);
      for (const para of Array.isArray(body) ? body : [body]) part.append(el('p', '', para));
      section.append(part);
    }
    storyBox.replaceChildren(section);
  }

  /** Marks exercise `ex` (index i) with `given`; returns {right, lines} or null when unreadable. */
  function mark(ex, given) {
    const t = TEXT[state.lang];
    const verdict = dg.check({ ...ex.case, locale: state.lang });
    if (!verdict || verdict.errors) {
      const messages = (verdict?.errors ?? []).map((e) => e.message).join(' ');
      return { right: false, faulty: true, lines: [t.caseError(messages)] };
    }
    const { value, findings } = rightAnswer(ex, verdict);
    const right = isRight(ex, given, value);
    const lines = [right ? t.right : t.wrong, t.expected(describe(ex, value))];
    const reasons = findings.map((f) => f.message);
    return { right, lines, reasons, verdict };
  }

  /** The right answer as the trainee reads it. */
  function describe(ex, value) {
    const t = TEXT[state.lang];
    const label = (v) => {
      const choice = (ex.choices ?? []).find((c) => c.value === v);
      return choice ? pick(choice.label, state.lang) : String(v);
    };
    switch (ex.rule?.kind) {
      case 'deadline':
        return value ? dg.formatDate(value, state.lang) : t.none;
      case 'allowed':
        return value ? t.yes : t.no;
      case 'finding':
      case 'permitted':
        return value.length ? value.map(label).join(' / ') : t.none;
      default:
        return ex.choices ? label(value) : String(value ?? t.none);
    }
  }

  /** Reads the trainee's answer from the exercise's form: {value} or {error}. */
  function readAnswer(ex, form) {
    const t = TEXT[state.lang];
    if (ex.answer === 'date') {
      const iso = parseDate(form.elements.answer.value);
      return iso ? { value: iso, raw: form.elements.answer.value } : { error: t.invalidDate };
    }
    if (ex.answer === 'number') {
      const raw = form.elements.answer.value.trim();
      return /^\d{1,9}$/.test(raw) ? { value: String(Number(raw)), raw } : { error: t.invalidNumber };
    }
    const chosen = form.querySelector('input[name=answer]:checked');
    return chosen ? { value: chosen.value, raw: chosen.value } : { error: t.noChoice };
  }

  function renderScore(scoreBox) {
    const t = TEXT[state.lang];
    const ids = exercises.map((ex) => ex.id);
    const answered = ids.filter((id) => state.progress[id]);
    const right = answered.filter((id) => state.progress[id].right).length;
    scoreBox.dataset.right = String(right);
    scoreBox.dataset.answered = String(answered.length);
    scoreBox.dataset.total = String(ids.length);
    scoreBox.textContent =
      answered.length === ids.length && ids.length ? t.done(right, ids.length) : t.score(right, answered.length, ids.length);
  }

  function renderExercises() {
    if (!exerciseBox) return;
    const t = TEXT[state.lang];
    const section = el('section', 'card exercises');
    section.setAttribute('aria-labelledby', 'exercises-heading');
    const h2 = el('h2', '', t.exercises);
    h2.id = 'exercises-heading';
    section.append(h2, el('p', 'hint', t.exercisesIntro));
    const list = el('ol', 'exercise-list');
    const scoreBox = el('p', 'score');
    scoreBox.id = 'score';
    scoreBox.setAttribute('role', 'status');

    exercises.forEach((ex, i) => {
      const id = String(ex.id ?? i);
      const li = el('li', 'exercise');
      li.dataset.exercise = id;
      li.dataset.answerKind = ex.answer;
      const headingId = `exercise-${id}-title`;
      li.append(Object.assign(el('h3', '', t.exercise(i + 1)), { id: headingId }));
      if (ex.case?.today && dg.formatDate) li.append(el('p', 'exercise-today', t.today(dg.formatDate(ex.case.today, state.lang))));
      if (ex.situation) li.append(el('p', 'exercise-situation', pick(ex.situation, state.lang)));
      const details = el('details', 'exercise-case');
      details.append(el('summary', '', t.showCase), el('pre', '', JSON.stringify(ex.case, null, 2)));
      li.append(details);

      const form = el('form', 'exercise-form');
      form.noValidate = true;
      form.setAttribute('aria-labelledby', headingId);
      const question = el('p', 'exercise-question', pick(ex.question, state.lang));
      question.id = `exercise-${id}-question`;
      form.append(question);
      const saved = state.progress[id];
      if (ex.answer === 'date' || ex.answer === 'number') {
        const input = el('input');
        input.type = 'text';
        input.name = 'answer';
        input.id = `exercise-${id}-answer`;
        input.autocomplete = 'off';
        input.inputMode = 'numeric';
        input.placeholder = ex.answer === 'date' ? (state.lang === 'de' ? 'TT.MM.JJJJ' : 'YYYY-MM-DD') : '';
        input.setAttribute('aria-describedby', question.id);
        const label = el('label', '', `${t.answer} (${ex.answer === 'date' ? t.dateHint : t.numberHint})`);
        label.htmlFor = input.id;
        if (saved) input.value = saved.raw ?? '';
        const row = el('div', 'row');
        row.append(label, input);
        form.append(row);
      } else {
        const group = el('fieldset', 'answer-group');
        group.setAttribute('aria-describedby', question.id);
        group.append(el('legend', '', t.answer));
        const choices = ex.answer === 'yes-no' ? [{ value: 'yes', label: t.yes }, { value: 'no', label: t.no }] : ex.choices ?? [];
        choices.forEach((c, k) => {
          const input = el('input');
          input.type = 'radio';
          input.name = 'answer';
          input.value = c.value;
          input.id = `exercise-${id}-choice-${k}`;
          if (saved && saved.raw === c.value) input.checked = true;
          const label = el('label');
          label.htmlFor = input.id;
          label.append(input, ' ', pick(c.label, state.lang));
          group.append(label);
        });
        form.append(group);
      }
      const button = el('button', 'check', t.check);
      button.type = 'submit';
      const result = el('div', 'mark');
      result.setAttribute('role', 'status');
      const actions = el('div', 'actions');
      actions.append(button);
      form.append(actions, result);

      const show = (given, save) => {
        const outcome = mark(ex, given.value);
        li.dataset.result = outcome.faulty ? 'faulty' : outcome.right ? 'right' : 'wrong';
        result.replaceChildren(...outcome.lines.map((line, k) => el('p', k === 0 ? 'mark-verdict' : 'mark-expected', line)));
        if (outcome.reasons?.length) {
          result.append(el('p', 'mark-because', t.because));
          const ul = el('ul', 'mark-reasons');
          for (const r of outcome.reasons) ul.append(el('li', '', r));
          result.append(ul);
        }
        if (save) {
          state.progress[id] = { raw: given.raw, right: outcome.right };
          saveProgress(seed, state.progress);
        }
        renderScore(scoreBox);
      };
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const given = readAnswer(ex, form);
        if (given.error) {
          li.dataset.result = 'invalid';
          result.replaceChildren(el('p', 'mark-verdict', given.error));
          return;
        }
        show(given, true);
      });
      li.append(form);
      list.append(li);
      if (saved) {
        const given = readAnswer(ex, form);
        if (!given.error) show(given, false);
      }
    });

    const reset = el('button', 'secondary reset', t.reset);
    reset.type = 'button';
    reset.addEventListener('click', () => {
      state.progress = {};
      saveProgress(seed, state.progress);
      renderExercises();
    });
    renderScore(scoreBox);
    section.append(list, scoreBox, reset);
    exerciseBox.replaceChildren(section);
  }

  renderStory();
  renderExercises();
  document.documentElement.dataset.courseReady = 'true';
  return {
    data,
    setLang(next) {
      state.lang = next === 'en' ? 'en' : 'de';
      renderStory();
      renderExercises();
    },
  };
}
