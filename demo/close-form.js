// The two tab panels of close.html – the close form and the transfer-out form, each beside its
// results (deadlines, letters) – from one field table: both forms share the domain, holder,
// termination and EVK fields; each has a few of its own (`only`). Each field is a labelled
// control (`<label for>` tied to its id, `c-…` in the close form, `t-…` in the transfer form);
// the texts arrive with the language switch (`data-i18n`, TEXT in close.js). The table also
// gives each guard its field mapping (case path → control name).

const WHO = [
  ['holder', 'optHolder'],
  ['representative', 'optRepresentative'],
  ['other', 'optOther'],
];

const DATE = 'date'; // a text field for YYYY-MM-DD (inputmode numeric, the date placeholder)

/**
 * The fieldsets (legend key, fields). A field: `name` (the control's name; none: never
 * submitted), `id` (after the form's prefix; default: the name), `label` (text key), `path` (the
 * case field it fills), `type` (text, date, select, textarea, checkbox, password), `value`
 * (or per form: `{ close, transfer_out }`), `options` for a select, `checked`, `only` (one form).
 */
const FIELDSETS = [
  {
    legend: 'legendDomain',
    fields: [
      { name: 'domain', label: 'domainName', path: 'domain.name', value: 'beispiel.de' },
      { name: 'registered', label: 'registered', path: 'domain.registered', type: DATE, value: '2005-04-04' },
      { name: 'renewal', label: 'renewal', path: 'domain.renewal', type: DATE },
      { name: 'status', label: 'status', path: 'domain.status' },
      { name: 'last_transfer', id: 'last-transfer', label: 'lastTransfer', path: 'domain.last_transfer', type: DATE, only: 'transfer_out' },
    ],
  },
  {
    legend: 'legendHolder',
    fields: [{ name: 'holder', label: 'holderName', path: 'holder.name', value: 'Max Mustermann' }],
  },
  {
    legend: 'legendTermination',
    fields: [
      { name: 'from', label: 'from', path: 'termination.from', type: 'select', options: WHO, value: 'holder' },
      {
        name: 'to',
        label: 'to',
        path: 'termination.to',
        type: 'select',
        options: [
          ['reseller', 'optReseller'],
          ['registrar', 'optRegistrar'],
        ],
        value: 'reseller',
      },
      { name: 'received', label: 'received', path: 'termination.received', type: DATE, value: '2009-02-01' },
    ],
  },
  {
    legend: 'legendEvk',
    fields: [
      { name: 'evk_signed_by', id: 'evk-by', label: 'signedBy', path: 'evk.signed_by', type: 'select', options: [['', 'optNone'], ...WHO], value: 'holder' },
      { name: 'evk_date', id: 'evk-date', label: 'evkDate', path: 'evk.date', type: DATE, value: '2009-02-01' },
      {
        name: 'evk_text',
        id: 'evk-text',
        label: 'evkText',
        path: 'evk.text',
        type: 'textarea',
        value: {
          close:
            'Hiermit beantrage ich die Schließung (Close) meiner Domain beispiel.de. Mir ist bewusst, dass die Domain danach für jedermann wieder erhältlich ist.',
          transfer_out: 'Hiermit kündige ich meine Domain beispiel.de zum Wechsel zur Neuer Provider GmbH.',
        },
      },
      { name: 'evk_ack', id: 'evk-ack', label: 'evkAck', path: 'evk.acknowledges_availability', type: 'checkbox', checked: true, only: 'close' },
      { name: 'new_provider', id: 'new-provider', label: 'newProvider', path: 'evk.new_provider', value: 'Neuer Provider GmbH', only: 'transfer_out' },
    ],
  },
  {
    legend: 'legendMode',
    only: 'close',
    fields: [
      {
        name: 'mode',
        label: 'mode',
        path: 'close.mode',
        type: 'select',
        options: [
          ['expiry', 'optExpiry'],
          ['date', 'optDate'],
          ['now', 'optNow'],
          ['transit', 'optTransit'],
        ],
        value: 'expiry',
      },
      { name: 'mode_date', id: 'mode-date', label: 'modeDate', path: 'close.date', type: DATE },
    ],
  },
  {
    legend: 'legendServices',
    only: 'close',
    fields: [
      { name: 'website', label: 'website', path: 'services.website', type: 'checkbox' },
      { name: 'mailboxes', label: 'mailboxes', path: 'services.mailboxes', value: '0', numeric: true },
      { name: 'mail_backup', id: 'backup', label: 'mailBackup', path: 'services.mail_backup_confirmed', type: 'checkbox' },
    ],
  },
  {
    legend: 'legendAuthinfo',
    only: 'transfer_out',
    fields: [
      { name: 'authinfo_created', id: 'authinfo-created', label: 'authinfoCreated', path: 'authinfo.created', type: DATE, value: '2009-02-01' },
      // no name: the code is never submitted (the demo posts by GET); the guard holds it (`authinfo`)
      { id: 'authinfo', label: 'authinfoCode', type: 'password' },
      { name: 'planned_transfer', id: 'planned', label: 'plannedTransfer', path: 'authinfo.planned_transfer', type: DATE, value: '2009-02-20' },
    ],
  },
];

/** Per form: the id prefix of its controls, the name of its form and results, its submit text. */
const PANELS = {
  close: { prefix: 'c', name: 'close', submit: 'submitClose' },
  transfer_out: { prefix: 't', name: 'transfer', submit: 'submitTransfer' },
};
const applies = (item, action) => !item.only || item.only === action;

function node(tag, attrs = {}) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  return n;
}

function control(field, id, action) {
  const value = typeof field.value === 'object' ? field.value[action] : field.value ?? '';
  const named = field.name ? { name: field.name } : {};
  if (field.type === 'select') {
    const select = node('select', { id, ...named });
    for (const [optionValue, key] of field.options) {
      const option = node('option', { value: optionValue, 'data-i18n': key });
      option.selected = optionValue === value;
      if (option.selected) option.setAttribute('selected', '');
      select.append(option);
    }
    return select;
  }
  if (field.type === 'textarea') {
    const area = node('textarea', { id, ...named, rows: '3' });
    area.textContent = value;
    return area;
  }
  if (field.type === 'checkbox') {
    const box = node('input', { id, ...named, type: 'checkbox', value: '1' });
    if (field.checked) box.setAttribute('checked', '');
    return box;
  }
  if (field.type === 'password') return node('input', { id, type: 'password', autocomplete: 'off', spellcheck: 'false' });
  const input = node('input', { id, ...named, type: 'text', value, autocomplete: 'off' });
  if (field.type === DATE || field.numeric) input.inputMode = 'numeric';
  if (field.type === DATE) {
    input.placeholder = 'JJJJ-MM-TT';
    input.dataset.i18nPlaceholder = 'datePlaceholder';
  }
  return input;
}

/**
 * Fills the tab panel `section` with `action`'s form (`#close-form`, `#transfer-form`: posted
 * by GET into the `submit-frame`) and its results (`#close-timeline`, `#close-documents`, …).
 */
export function buildPanel(section, action) {
  const { prefix, name, submit } = PANELS[action];
  const form = node('form', { id: `${name}-form`, class: 'panel-form', action: 'submitted.html', method: 'get', target: 'submit-frame', novalidate: '' });
  const kind = node('input', { type: 'hidden', name: 'form', value: action });
  const actions = node('div', { class: 'actions' });
  actions.append(node('button', { type: 'submit', id: `${prefix}-submit`, 'data-i18n': submit }));
  form.append(kind, ...fieldsets(action), actions);
  const results = node('aside', { class: 'results', 'aria-labelledby': `${prefix}-results-title` });
  results.append(
    node('h2', { id: `${prefix}-results-title`, 'data-i18n': 'deadlines' }),
    node('div', { class: 'timeline', id: `${name}-timeline` }),
    node('h2', { 'data-i18n': 'documents' }),
    node('div', { class: 'documents', id: `${name}-documents` }),
  );
  const columns = node('div', { class: 'columns' });
  columns.append(form, results);
  section.append(columns);
}

/** `action`'s fieldsets. */
function fieldsets(action) {
  const fieldsets = [];
  for (const set of FIELDSETS.filter((s) => applies(s, action))) {
    const fieldset = node('fieldset');
    fieldset.append(node('legend', { 'data-i18n': set.legend }));
    for (const field of set.fields.filter((f) => applies(f, action))) {
      const id = `${PANELS[action].prefix}-${field.id ?? field.name}`;
      const row = node('div', { class: field.type === 'checkbox' ? 'row check' : 'row' });
      const label = node('label', { for: id, 'data-i18n': field.label });
      const input = control(field, id, action);
      // a check box stands before its label, every other control after it
      if (field.type === 'checkbox') row.append(input, label);
      else row.append(label, input);
      fieldset.append(row);
    }
    fieldsets.push(fieldset);
  }
  return fieldsets;
}

/** `action`'s field mapping for attach(): case path → control name (the fields with both). */
export function fieldMap(action) {
  const map = {};
  for (const set of FIELDSETS.filter((s) => applies(s, action))) {
    for (const field of set.fields.filter((f) => applies(f, action) && f.path && f.name)) map[field.path] = field.name;
  }
  return map;
}
