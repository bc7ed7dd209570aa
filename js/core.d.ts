// TypeScript declarations shared by the browser entry (domainguard.d.ts) and the Node.js entry
// (node.d.ts): the rules' API and the JSON it takes and gives. No DOM types here, so a Node
// project type-checks without the DOM lib. Hand-written; keep in step with domainguard.js.

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export type Locale = 'de' | 'en';

export type Action =
  | 'close'
  | 'transfer_out'
  | 'transfer_request'
  | 'authinfo_release'
  | 'cms_delete'
  | 'cms_update'
  | 'readiness'
  | (string & {});

export type Severity = 'block' | 'warn' | 'info';

/** A case as the rules take it (see the contract for the fields of each action). */
export interface Case {
  action: Action;
  today: IsoDate;
  policy?: string | Record<string, unknown>;
  locale?: Locale;
  [field: string]: unknown;
}

export interface Finding {
  /** Stable upper snake case code, e.g. `EVK_OPERATION_NOT_NAMED`. */
  code: string;
  severity: Severity;
  /** Dotted case path the finding is about (`termination.to`), or null. */
  field: string | null;
  /**
   * The form control the finding belongs to (its field's control, else the first mapped field
   * below it, else its nearest mapped ancestor): only in the results of a form check
   * (`checkForm`, `domainguard check --form`), and only when some control maps there.
   */
  control?: string;
  /** Already localised to the case's locale. */
  message: string;
  params: Record<string, unknown>;
}

export interface Deadlines {
  renewal?: IsoDate;
  notice_deadline?: IsoDate;
  close_date?: IsoDate;
  undo_until?: IsoDate;
  rgp_until?: IsoDate;
  authinfo_expires?: IsoDate;
  ack_deadline?: IsoDate;
  transfer_lock_until?: IsoDate;
  transfer_safe_until?: IsoDate;
}

export interface Documents {
  registrar_notice?: string;
  holder_letter?: string;
}

export interface RefusalReason {
  /** `no_termination` (`.de`) or a code of the Transfer Policy in force, e.g. `creation_lock_period`. */
  code: string;
  /** `denic`, `may_deny` or `must_deny`. */
  list: string;
  /** Localised label. */
  label: string;
}

/** `transfer_request`: how the request may be answered. */
export interface Answers {
  /** `release`/`refuse` (`.de`), `ack`/`nack` (gTLD). */
  permitted: string[];
  recommended: string | null;
  refusal_reasons: RefusalReason[];
  /** The permitted answers with their labels (case locale), in the order of `permitted`. */
  options: AnswerOption[];
}

/** A permitted answer of a transfer request and its label. */
export interface AnswerOption {
  /** `release`, `refuse`, `ack` or `nack`: what the case's `answer` names. */
  value: string;
  /** Localised label, e.g. `Transfer genehmigen (ACK)`. */
  label: string;
}

/** One deadline of `Verdict.deadline_list`. */
export interface DeadlineItem {
  /** The name as in `Deadlines` (`notice_deadline`, …). */
  key: keyof Deadlines;
  date: IsoDate;
  /** What the day is, in the case's locale (the calendar's label). */
  label: string;
}

/** Which finding a typed confirmation answers (`cms_delete`: the count of pages that go too). */
export interface Confirmation {
  /** The finding the typed text answers (`DELETE_WITH_DESCENDANTS`): no acknowledgement of its own once typed. */
  finding: string;
  /** The case field the text goes into (`confirmation`). */
  field: string;
  /** The text to type (`37`). */
  expected: string;
}

/** `authinfo_release`: one item of the move checklist. */
export interface ChecklistItem {
  item: string;
  /** The case path the item is read from, e.g. `move.dns.mx`. */
  field: string;
  done: boolean;
  label: string;
}

export interface Verdict {
  /** False exactly when some finding has severity `block`. */
  allowed: boolean;
  findings: Finding[];
  deadlines: Deadlines;
  documents: Documents;
  /** `transfer_request` only. */
  answers?: Answers;
  /** `authinfo_release` only. */
  checklist?: ChecklistItem[];
  /**
   * The deadlines of `deadlines` in display order (notice, undo, close, transfer by, renewal,
   * RGP, AuthInfo expiry, ACK deadline, transfer lock), each labelled; `authinfo_provide_by`
   * is in `deadlines` only.
   */
  deadline_list: DeadlineItem[];
  /**
   * `transfer_out` and `authinfo_release` only: the AuthInfo is held back (no showing, copying,
   * pasting or generating) while anything other than the code itself (`authinfo.code`) blocks.
   */
  authinfo_held_back?: boolean;
  /** Which finding a typed confirmation answers, or null when none is asked for. */
  confirmation: Confirmation | null;
}

export interface InputError {
  code: string;
  /** Dotted case path of the bad field (`domain.registered`), or null. */
  field: string | null;
  /** The form control of the bad value: only in the results of a form check, when one maps there. */
  control?: string;
  message: string;
  params: Record<string, unknown>;
}

/** A case the rules could not read: what was wrong, per field. */
export interface InputErrors {
  errors: InputError[];
}

export type CheckResult = Verdict | InputErrors;

export type FieldType = 'date' | 'string' | 'bool' | 'int' | 'enum' | 'string_list';

export interface FieldSpec {
  path: string;
  type: FieldType;
  required: boolean;
  values?: string[];
  /**
   * `fact`: the panel itself knows it (registration date, EPP status, mailbox count, …); a server
   * re-check takes it from the panel's data. `declaration`: the operator states it in the form
   * (EVK, acknowledgements, typed counts, a declared backup time).
   */
  kind: 'fact' | 'declaration';
  /** Present (true) on secret fields (`authinfo.code`): never echoed, logged or shown unmasked. */
  secret?: true;
}

/**
 * What a form posts: control name → its text, or the list of texts of a checkbox group or a
 * `<select multiple>`. Unchecked boxes, radio groups without a choice and disabled controls
 * are absent. Anything else is an `INVALID_TYPE` error naming the control.
 */
export type FormValues = Record<string, string | string[]>;

/** A case path's control, with an optional format (`day-first` default, `iso`; `checkbox` for booleans). */
export type FormControl = string | { control: string; format?: 'day-first' | 'iso' | 'checkbox' };

/**
 * How a form's controls make a case: case path → control, plus constants (case values the
 * form does not post). Types come from `fields(action)`. A file for several actions holds
 * `{ actions: { close: FormMapping, … } }`.
 */
export interface FormMapping {
  fields: Record<string, FormControl>;
  constants?: Record<string, unknown>;
}

/** What the caller decides: never a form control. */
export interface FormContext {
  today: IsoDate;
  locale?: string;
  policy?: string | Record<string, unknown>;
  /** Merged over the mapping's constants. */
  constants?: Record<string, unknown>;
  /** Ignored by the rules (a page uses it to find `today`). */
  timeZone?: string;
}

/** wasm `checkForm(action, mapping, values, context)`: the case (AuthInfo masked) and the result with `control`s. */
export interface FormCheckResult {
  /** Null when the mapping or the values could not be read (then `verdict` holds the errors). */
  case: Case | null;
  verdict: CheckResult;
}

/** wasm `caseFromForm(action, mapping, values, context)`: the case as built (it holds the AuthInfo as typed), or the errors. */
export type CaseFromFormResult = { case: Case } | InputErrors;

export interface Policy {
  id: string;
  name: string;
  /** General notice period in days. */
  notice_days?: number;
  /** Undo window in days. */
  undo_days?: number;
  /** The close modes the profile offers (`expiry`, `date`, `now`, `transit`). */
  close_modes?: string[];
  [setting: string]: unknown;
}

/** True once the wasm module is instantiated. */
export function isReady(): boolean;

/**
 * Checks one case: the same JSON as `domainguard check`. Call after `init()`. Never throws for a
 * bad case. On a page that loaded a lean module (`init({locale})`), a case that needs the full
 * module throws an error with `code: 'NEEDS_FULL_MODULE'` and a `ready` promise (see `ready()`).
 */
export function check(caseObject: Case | Record<string, unknown>): CheckResult;

/**
 * Checks a form post (what the form's controls post) with the rules' form layer: the case built
 * by `mapping` and `context`, AuthInfo masked, and its result, findings and errors with the
 * `control` they belong to. Call after `init()`. Never throws for a bad post.
 */
export function checkForm(action: Action, mapping: FormMapping, values: FormValues, context: FormContext): FormCheckResult;

/**
 * The case a form post describes (see `checkForm`), or its errors. The case holds the AuthInfo as
 * typed: hand it only to `check`/`letterWithAuthinfo`, never to an event or a log.
 */
export function caseFromForm(action: Action, mapping: FormMapping, values: FormValues, context: FormContext): CaseFromFormResult;

/** What a verdict's holder letter holds where the AuthInfo goes: `[[AUTHINFO]]`. */
export const AUTHINFO_PLACEHOLDER: string;

/**
 * The holder's letter with the AuthInfo written in, or null when the case gives no letter
 * (invalid, blocked, none for the action). The one result that carries the code.
 */
export function letterWithAuthinfo(caseObject: Case | Record<string, unknown>): string | null;

/** The case fields of an action, or null for an action this version does not know. */
export function fields(action: Action): FieldSpec[] | null;

/** The built-in policy profiles (`default` always exists). */
export function policies(): Policy[];

/** The rules' version. */
export function version(): string;

export interface AuthinfoCheck {
  valid: boolean;
  /** `empty`, `too_short`, `too_long`, `invalid_characters`, `missing_character_classes`, … or null. */
  reason: string | null;
  /** 1-based positions of characters the registry does not allow. */
  positions: number[];
  /** Localised; names positions, never the code. Null when valid. */
  message: string | null;
}

/** Checks an AuthInfo against the format of a TLD or a domain's TLD (`de`, `kunde-shop.de`). Never contains the code. */
export function checkAuthinfo(tld: string, code: string, locale?: string): AuthinfoCheck;

/**
 * Generates an AuthInfo from `crypto.getRandomValues`, without look-alikes: 16 characters for
 * `.de` (DENIC's alphabet), 22 for gTLDs (at least 128 bits, RFC 9154). Do not log or display
 * the code.
 */
export function generateAuthinfo(tld: string): { code: string } | InputErrors;

/** Today's date (`YYYY-MM-DD`) in a time zone (default Europe/Berlin). */
export function today(timeZone?: string, now?: Date): IsoDate;

/** `de-DE` → `de`, `en_GB` → `en`; anything else → `de`. */
export function normalizeLocale(tag: string | null | undefined): Locale;

/** `2009-03-14` → `14.03.2009` (de) or `14 March 2009` (en), as in the rules' messages. */
export function formatDate(iso: IsoDate, locale: string): string;

export interface UiStrings {
  block: string;
  warn: string;
  info: string;
  loading: string;
  blocked: string;
  warnings: string;
  ok: string;
  failed: string;
  failedClosed: string;
  internal: string;
  ack: string;
  deadlines: string;
  show: string;
  generate: string;
  locked: string;
  paste: string;
  copy: string;
  held: string;
  invalid: string;
  valid: string;
}

/** The guard's own UI text in a locale. */
export function uiStrings(locale: string): UiStrings;
