// The course's start page (demo/index.html): the five stories (seeds 000–004), each one click
// away, and the free practice pages. The same list as the navigation on every page
// (COURSE in common.js). All text reaches the page through textContent.
import { COURSE, el, languages, withLang } from './common.js';

const TEXT = {
  de: {
    panel: 'domainguard (Schulung)',
    title: 'Der Kurs: fünf Geschichten aus dem Hosting-Alltag',
    intro:
      'Jede Geschichte ist wirklich passiert. Spielen Sie sie im Panel nach, in dem sie geschah, und beantworten Sie die Übungen: Die Regeln von domainguard bewerten jede Antwort und begründen sie.',
    storiesTitle: 'Die fünf Geschichten',
    practiceTitle: 'Freies Üben',
    practiceIntro: 'Die Formulare ohne Geschichte: eigene Fälle eingeben und sehen, was die Regeln sagen.',
    privacy: 'Ihre Antworten bleiben in diesem Browser (localStorage); nichts wird an einen Server geschickt.',
    footer: 'Regeln: domainguard',
    seed: (n) => `Seed ${n}`,
    summaries: {
      '000': 'Eine Agentur zieht einen Online-Shop über Nacht um – und der Inhaber gibt den Auth-Code zu früh heraus.',
      '001': 'Eine doppelte Seite löschen, den ganzen Zweig „Service“ verlieren – und der Hoster hat kein Backup.',
      '002': 'Der Reseller fällt aus: Wer darf mit seinen Kunden sprechen, und was wird aus ihren Domains?',
      '003': 'Core- und Extension-Updates unter einem Wartungsvertrag: Sicherung, Staging, passende Erweiterungen.',
      '004': 'Ein Kunde kündigt seine Domain: Schließung oder Providerwechsel, EVK, 21 Tage Frist.',
    },
    progress: (right, total) => `Ihr Stand: ${right} von ${total} richtig`,
  },
  en: {
    panel: 'domainguard (training)',
    title: 'The course: five stories from everyday hosting',
    intro:
      'Each story really happened. Replay it in the panel where it happened and answer the exercises: domainguard’s rules mark each answer and explain it.',
    storiesTitle: 'The five stories',
    practiceTitle: 'Free practice',
    practiceIntro: 'The forms without a story: enter your own cases and see what the rules say.',
    privacy: 'Your answers stay in this browser (localStorage); nothing is sent to a server.',
    footer: 'Rules: domainguard',
    seed: (n) => `Seed ${n}`,
    summaries: {
      '000': 'An agency moves an online shop overnight – and the holder hands out the auth code too early.',
      '001': 'Deleting a duplicate page, losing the whole “Service” branch – and the hoster has no backup.',
      '002': 'The reseller drops out: who may talk to its customers, and what becomes of their domains?',
      '003': 'Core and extension updates under a maintenance contract: backup, staging, fitting extensions.',
      '004': 'A customer terminates a domain: close or transfer, the EVK, 21 days’ notice.',
    },
    progress: (right, total) => `Your progress: ${right} of ${total} right`,
  },
};

/** The trainee's stored progress of a story (course.js writes it), or null. */
function progressOf(seed) {
  try {
    const data = JSON.parse(localStorage.getItem(`domainguard-course:seed-${seed}`) ?? 'null');
    if (!data || typeof data !== 'object') return null;
    const answers = Object.values(data);
    return answers.length ? { right: answers.filter((a) => a && a.right).length, answered: answers.length } : null;
  } catch {
    return null;
  }
}

function render(lang) {
  const t = TEXT[lang];
  document.getElementById('story-list').replaceChildren(
    ...COURSE.stories.map((story) => {
      const li = el('li', 'story-entry');
      li.dataset.seed = story.seed;
      const a = el('a', '', story[lang]);
      a.href = withLang(story.href, lang);
      const p = el('p', '', t.summaries[story.seed]);
      li.append(el('span', 'seed-tag', t.seed(story.seed)), ' ', a, p);
      const progress = progressOf(story.seed);
      if (progress) li.append(el('p', 'story-progress', t.progress(progress.right, progress.answered)));
      return li;
    }),
  );
  document.getElementById('practice-list').replaceChildren(
    ...COURSE.practice.map((item) => {
      const li = el('li');
      const a = el('a', '', item[lang]);
      a.href = withLang(item.href, lang);
      li.append(a);
      return li;
    }),
  );
}

languages(TEXT, render);
render(new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'de');
document.documentElement.dataset.demoReady = 'true';
