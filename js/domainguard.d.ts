// TypeScript declarations for domainguard.js, the browser entry (hand-written; keep in step
// with the module). The rules' API and JSON types are in core.d.ts (no DOM types); this file
// adds loading the wasm in a browser and the form guard.

export * from './core.js';
import type { Action, Case, CheckResult, IsoDate } from './core.js';

export interface InitOptions {
  /** Where the (full) wasm file is; default: `domainguard_bg.wasm` next to this module (import.meta.url). */
  url?: string | URL;
  /** The module itself instead of a URL: bytes, a compiled module, a Response or its promise (always the full module). */
  module?: BufferSource | WebAssembly.Module | Response | Promise<Response>;
  /**
   * The page's language, for a domain page: loads the lean module of that language
   * (`domainguard_de_bg.wasm` / `domainguard_en_bg.wasm`: no internationalised domain names, no
   * CMS actions, no inline policy objects, no other language). The full module (`url`) loads
   * when a case needs it. Default: none, the full module at once.
   */
  locale?: 'de' | 'en' | string;
  /** Where the lean module is, with `locale`; default: next to this module. */
  leanUrl?: string | URL;
}

/**
 * Loads the wasm module once. Concurrent and repeated calls share one promise; a failed load
 * can be retried. With `locale`, see {@link InitOptions.locale} and {@link ready}.
 */
export function init(options?: InitOptions): Promise<void>;

/**
 * Resolves once `check(caseObject)` answers without loading anything: after `init()`, and on a
 * page that loaded a lean module, once the full module is there if the case needs it.
 */
export function ready(caseObject?: Case | Record<string, unknown>): Promise<void>;

/** The language of the lean module that answers (`'de'` | `'en'`), or null for the full module. */
export function leanModule(): 'de' | 'en' | null;

/**
 * What check() and the other calls throw on a page with a lean module when a case needs the
 * full one (an internationalised domain name, the other language, a CMS action, an inline
 * policy object): the full module is then loading; await `ready` and call again.
 */
export interface NeedsFullModuleError extends Error {
  code: 'NEEDS_FULL_MODULE';
  lacks: 'idna' | 'locale' | 'cms' | 'policy';
  ready: Promise<void>;
}

/** Instantiates synchronously from bytes or a compiled module (Node, workers). */
export function initSync(options: { module: BufferSource | WebAssembly.Module }): void;

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

export interface AutoAttachOptions {
  /** Which forms to guard; default `form[data-domainguard]`. */
  selector?: string;
  /**
   * The attach() options of a form; default: read from its `data-domainguard*` attributes.
   * A throw skips the form (logged), as does a failing attach().
   */
  options?: (form: HTMLFormElement) => AttachOptions;
}

/**
 * Guards every form under root (default: document; root itself too) that matches the selector
 * and is not guarded yet; without `how`, every `form[data-domainguard]` by its attributes.
 */
export function autoAttach(root?: ParentNode, how?: AutoAttachOptions): GuardHandle[];

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
