// TypeScript declarations for cms.js (hand-written; keep in step with the module).

import type { CheckResult, InitOptions, IsoDate, Verdict } from './domainguard.js';

/** A local date and time, `YYYY-MM-DDTHH:MM` (seconds `:SS` are accepted too). */
export type LocalDateTime = string;

/** A value given directly, computed per click, or read from a form control at the time of the click. */
export type Source<T> = T | ((button: Element) => T) | HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export type ClickKind = 'delete' | 'update';

/** A `cms_delete` case (see src/rules/cms.rs). */
export interface CmsDeleteCase {
  action: 'cms_delete';
  today: IsoDate;
  now: LocalDateTime;
  locale?: 'de' | 'en';
  policy?: string | Record<string, unknown>;
  node: { id?: string; title?: string; descendants?: number; records?: number };
  /** The newest backup or restore point; null or absent: none (a block). */
  backup?: { created_at: LocalDateTime } | null;
  /** What the user typed; must be the number of descendants. */
  confirmation?: string;
}

/** A `cms_update` case. */
export interface CmsUpdateCase {
  action: 'cms_update';
  today: IsoDate;
  now: LocalDateTime;
  locale?: 'de' | 'en';
  policy?: string | Record<string, unknown>;
  update: { component: 'core' | 'extension'; name: string; from_version?: string; to_version?: string };
  backup?: { created_at: LocalDateTime } | null;
  staging_tested?: boolean;
  /** null: no attribute (and no constant) gives any of its fields. */
  core?: { version?: string; support_ends?: IsoDate } | null;
  hosting?: { backup_responsibility?: 'customer' | 'hoster' | 'agency' } | null;
}

export type CmsCase = CmsDeleteCase | CmsUpdateCase;

export interface GuardClicksOptions {
  /** Elements whose clicks are deletes. Default `[data-domainguard-delete]`. */
  deleteSelector?: string;
  /** Elements whose clicks are updates. Default `[data-domainguard-update]`. */
  updateSelector?: string;
  /** `de` or `en`; default: the nearest `lang` attribute of the button, else `de`. */
  locale?: Source<string>;
  /** Policy id or inline override object (e.g. `{ backup_max_age_hours: 12 }`). Default `default`. */
  policy?: string | Record<string, unknown>;
  /** The local time of the check. Default: now in `timeZone`. */
  now?: Source<LocalDateTime>;
  /** The day of the check. Default: the date of `now`. */
  today?: Source<IsoDate>;
  /** Time zone of the default `now`; default Europe/Berlin. */
  timeZone?: string;
  /** The newest backup's time, when the buttons do not carry `data-domainguard-backup`. Empty: no backup. */
  backup?: Source<LocalDateTime | null>;
  /**
   * Case values merged under every case (e.g. `core`, `hosting`, `policy`); a function gets the
   * button and the kind. They are the form layer's constants: the attributes win over them.
   */
  constants?: Record<string, unknown> | ((button: Element, kind: ClickKind) => Record<string, unknown>);
  /** Builds the case for a button; gets the case read from the data attributes. Return the whole case. */
  caseFor?: (button: Element, base: CmsCase, kind: ClickKind) => CmsCase | Record<string, unknown>;
  /**
   * Carries out the action instead of replaying the click (the click itself is then always
   * stopped). Without it the guard replays `button.click()`: the default action (a submit,
   * a link) and the page's own handlers run.
   */
  perform?: (button: Element, detail: { verdict: Verdict | null; case: CmsCase | null }) => unknown;
  /** Where the dialog element goes; default `document.body`. */
  dialogParent?: Element;
  /** Block clicks when the wasm cannot be loaded (default false: the click goes on; the server re-checks). */
  failClosed?: boolean;
  /** Start loading the wasm at once (default true). */
  preload?: boolean;
  /** Adopt the small default stylesheet (default true). */
  styles?: boolean;
  /** Passed to `init()`. */
  wasm?: InitOptions;
}

export interface ClickGuardHandle {
  readonly root: Element | Document;
  /** The guard's `<dialog>` once created, else null. */
  readonly dialog: HTMLDialogElement | null;
  /** Why the wasm could not be loaded, if it could not. */
  readonly loadError: unknown;
  /**
   * The case a click on `button` would check, built by the rules' form layer (wasm
   * `caseFromForm`): the rules must be loaded (it throws like `check()` otherwise). null when
   * `button` is not guarded or the form layer cannot read its attributes (`check()` then gives
   * the input errors).
   */
  caseFor(button: Element, confirmation?: string): CmsCase | null;
  /** Checks `button`'s case now, without a dialog (the rules must be loaded). */
  check(button: Element, confirmation?: string): CheckResult | null;
  setOptions(patch: Partial<GuardClicksOptions>): void;
  /** Removes the listener and the dialog. */
  release(): void;
}

/**
 * Guards delete and update buttons under `root` (capture phase): a click whose case blocks, or
 * needs the typed count of descendants, or has warnings, opens a dialog; the action runs only
 * when the re-check allows it and the warnings are acknowledged.
 */
export function guardClicks(root?: Element | Document, options?: GuardClicksOptions): ClickGuardHandle;

/** `YYYY-MM-DDTHH:MM` now in a time zone (default Europe/Berlin). */
export function localNow(timeZone?: string, date?: Date): LocalDateTime;

/** A `readiness` case (without `action`; `today` defaults to today in Europe/Berlin). */
export interface ReadinessCase {
  today?: IsoDate;
  locale?: 'de' | 'en';
  policy?: string | Record<string, unknown>;
  account: {
    name?: string;
    emergency_contact?: { name?: string; phone?: string; email?: string } | null;
    power_of_attorney?: boolean;
  };
  domains?: { name: string; registered?: IsoDate; renewal?: IsoDate; invoice_unpaid?: boolean }[];
}

export interface ShowReadinessOptions {
  locale?: string;
  today?: IsoDate;
  timeZone?: string;
  policy?: string | Record<string, unknown>;
  styles?: boolean;
  wasm?: InitOptions;
}

/**
 * Checks the account and renders the findings into `element` (replacing its content):
 * `section.domainguard-readiness[data-state=warn|ok|invalid]`, domains at risk first.
 */
export function showReadiness(element: Element, readinessCase: ReadinessCase, options?: ShowReadinessOptions): Promise<CheckResult>;

export interface ClickBlockedDetail {
  /**
   * `block`: a blocking finding or an input error; `confirmation`: the typed count is missing or
   * wrong; `unacknowledged`: warnings not confirmed; `cancelled`: the dialog was closed;
   * `loading`: held until the rules are loaded; `failed`: they could not be loaded (failClosed).
   */
  reason: 'block' | 'confirmation' | 'unacknowledged' | 'cancelled' | 'loading' | 'failed';
  verdict: CheckResult | null;
  case: CmsCase | null;
}

// The events are dispatched on the button (they bubble): `domainguard:verdict` with the verdict as
// `detail` (as the form guard's), `domainguard:blocked` with a ClickBlockedDetail. The global
// event map of domainguard.d.ts types `domainguard:blocked` with the form guard's detail; cast
// `(e as CustomEvent<ClickBlockedDetail>)` for clicks.
