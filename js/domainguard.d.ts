// TypeScript declarations for domainguard.js (hand-written; keep in step with the module).

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
}

export interface InputError {
  code: string;
  /** Dotted case path of the bad field (`domain.registered`), or null. */
  field: string | null;
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
}

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

export interface InitOptions {
  /** Where the wasm file is; default: `domainguard_bg.wasm` next to this module (import.meta.url). */
  url?: string | URL;
  /** The module itself instead of a URL: bytes, a compiled module, a Response or its promise. */
  module?: BufferSource | WebAssembly.Module | Response | Promise<Response>;
}

/**
 * Loads the wasm module once. Concurrent and repeated calls share one promise; a failed load
 * can be retried.
 */
export function init(options?: InitOptions): Promise<void>;

/** Instantiates synchronously from bytes or a compiled module (Node, workers). */
export function initSync(options: { module: BufferSource | WebAssembly.Module }): void;

/** True once the wasm module is instantiated. */
export function isReady(): boolean;

/** Checks one case: the same JSON as `domainguard check`. Call after `init()`. Never throws for a bad case. */
export function check(caseObject: Case | Record<string, unknown>): CheckResult;

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
 * Generates an AuthInfo (16 characters; `.de`: DENIC's unambiguous alphabet) from
 * `crypto.getRandomValues`. Do not log or display the code.
 */
export function generateAuthinfo(tld: string): { code: string } | InputErrors;

/** Today's date (`YYYY-MM-DD`) in a time zone (default Europe/Berlin). */
export function today(timeZone?: string, now?: Date): IsoDate;

/** `de-DE` → `de`, `en_GB` → `en`; anything else → `de`. */
export function normalizeLocale(tag: string | null | undefined): Locale;

/** `2009-03-14` → `14.03.2009` (de) or `14 March 2009` (en), as in the rules' messages. */
export function formatDate(iso: IsoDate, locale: string): string;

/** The order in which the guard lists deadlines. */
export const DEADLINE_KEYS: readonly (keyof Deadlines)[];

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
  deadline: Required<Record<keyof Deadlines, string>>;
}

/** The guard's own UI text in a locale. */
export function uiStrings(locale: string): UiStrings;

/** A form field: its name (as in `form.elements`), an element, or a group (radios, checkboxes). */
export type FieldTarget = string | Element | ArrayLike<Element>;

export interface AuthinfoOptions {
  /** The AuthInfo input; default: the field mapped to `authinfo.code` (it is mapped there in any case). */
  field?: FieldTarget;
  /** TLD or domain whose format applies; default: the case's `domain.name`. */
  tld?: string;
  /** Add a generate button (default false). */
  generate?: boolean;
}

export interface AttachOptions {
  /** The action the form performs, e.g. `close`. */
  action: Action;
  /** Case path → form field, e.g. `{ 'domain.registered': 'data[tx_domains][12][registered]' }`. */
  fields: Record<string, FieldTarget>;
  /** `de` (default: the form's `lang`, else `de`) or `en`. */
  locale?: string;
  /** Policy id or inline override object; default `default`. */
  policy?: string | Record<string, unknown>;
  /** The date the rules take as today; default: today in Europe/Berlin. A mapped `today` field wins. */
  today?: IsoDate | (() => IsoDate);
  /** Time zone of the default `today`. */
  timeZone?: string;
  /** Case values that are not in the form (they fill in for empty mapped fields too). */
  constants?: Record<string, unknown>;
  /** Where to put the summary: an element or selector; default before the form's submit button. */
  summary?: Element | string;
  /** Show the deadlines in the summary (default true). */
  deadlines?: boolean;
  /** Debounce of the re-check on input, in ms (default 120). */
  debounce?: number;
  /** Block submits when the wasm cannot be loaded (default false: the server re-checks). */
  failClosed?: boolean;
  /** Adopt the small default stylesheet (default true). */
  styles?: boolean;
  /** Passed to `init()` by the first guard that loads the module. */
  wasm?: InitOptions;
  /**
   * Guard an AuthInfo field: masked, reveal toggle, optional generate button, checked as typed;
   * no paste, copy, reveal or generate while anything but the code blocks. Set at attach time.
   */
  authinfo?: AuthinfoOptions;
}

export interface GuardHandle {
  readonly form: HTMLFormElement;
  /** Resolves after the first check (or after a failed load). */
  readonly ready: Promise<void>;
  /** The last result, or null before the first check. */
  readonly verdict: CheckResult | null;
  /** The case of the last check (a copy, the AuthInfo masked as `[[AUTHINFO]]`), or null. */
  readonly case: Case | null;
  /**
   * The holder's letter for "copy/print letter": with the AuthInfo written in only while the
   * operator has revealed it and nothing blocks; else the verdict's letter (with
   * `[[AUTHINFO]]`), or null when there is none.
   */
  letter(): string | null;
  /** Whether the warnings acknowledgement is ticked. */
  readonly acknowledged: boolean;
  /** Checks the form now and renders the result. */
  check(): Promise<CheckResult | null>;
  /** Changes options (locale, today, policy, constants, fields, …) and re-checks. */
  setOptions(patch: Partial<AttachOptions>): void;
  /** Removes every element, attribute and listener the guard added. */
  detach(): void;
}

/** Guards a form: findings next to fields, a summary, no submit while anything blocks. */
export function attach(form: HTMLFormElement | string, options: AttachOptions): GuardHandle;

/** The guard attached to a form, if any. */
export function guardOf(form: HTMLFormElement): GuardHandle | null;

/** Guards every `form[data-domainguard]` under root (default: document) not yet guarded. */
export function autoAttach(root?: ParentNode): GuardHandle[];

export interface BlockedDetail {
  /**
   * `block`: a blocking finding or input error (on an answer form also: no answer chosen);
   * `unacknowledged`: warnings not confirmed; `loading`: wasm not ready.
   */
  reason: 'block' | 'unacknowledged' | 'loading';
  verdict: CheckResult | null;
}

declare global {
  interface HTMLElementEventMap {
    'domainguard:verdict': CustomEvent<CheckResult>;
    'domainguard:blocked': CustomEvent<BlockedDetail>;
  }
}
