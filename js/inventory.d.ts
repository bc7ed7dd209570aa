// TypeScript declarations for inventory.js (hand-written; keep in step with the module).

import type { InputErrors, IsoDate } from './domainguard.js';

export type NextAction =
  | 'FIX_ROW'
  | 'RENEWAL_AT_RISK'
  | 'CLOSE_NOTICE_MISSED'
  | 'SEND_CLOSE_NOTICE'
  | 'TRANSFER_TOO_LATE'
  | 'AUTHINFO_EXPIRED'
  | 'COMPLETE_TRANSFER'
  | 'RENEWAL';

export type RowSeverity = 'error' | 'high' | 'medium' | 'low';

/** One row of the report (src/inventory.rs `Row`). */
export interface InventoryRow {
  /** Line of the input (CSV: the header is line 1; JSON: index + 1). */
  line: number;
  domain: string;
  holder: string;
  renewal: IsoDate | null;
  next_action: NextAction;
  deadline: IsoDate | null;
  /** Days from today to the deadline (negative: missed). */
  days_left: number | null;
  severity: RowSeverity;
  message: string;
  /**
   * Only on a row that cannot be read (`FIX_ROW`): the error as a case's field gives it —
   * `code` (INVALID_DOMAIN, INVALID_DATE, INVALID_VALUE, MISSING_FIELD), `field` (the column, or
   * null when two columns are missing), `message` (as `message`) and `params` (`expected`, `found`).
   */
  error?: InputErrors['errors'][number];
}

export interface InventoryReport {
  today: IsoDate;
  summary: { total: number; error: number; high: number; medium: number; low: number };
  /** Most urgent first. */
  rows: InventoryRow[];
}

/** A list row as input (CSV columns or JSON keys). */
export interface InventoryInputRow {
  domain: string;
  registered?: IsoDate;
  renewal?: IsoDate;
  holder?: string;
  invoice_unpaid?: boolean | string;
  intent?: 'keep' | 'close' | 'transfer' | '';
}

/** The options `checkInventory` and `openInventory` share. */
export interface InventoryListOptions {
  /** Default: today in Europe/Berlin (`timeZone`). */
  today?: IsoDate;
  timeZone?: string;
  locale?: 'de' | 'en';
  policy?: string | Record<string, unknown>;
  /** Rows per wasm call (default 2000): progress is reported after each. */
  chunk?: number;
  /** `json`: `list` is JSON text, parsed with JSON.parse in the worker. */
  format?: 'json' | 'csv';
}

export interface CheckInventoryOptions<Output extends 'blob' | 'text' = 'blob'> extends InventoryListOptions {
  /** `blob` (default): csv/ics as Blobs, ready for a download; `text`: as strings. */
  output?: Output;
  signal?: AbortSignal;
  /** Called as soon as the report is complete, before the CSV and .ics are written. */
  onReport?: (report: InventoryReport) => void;
  /** Where inventory-worker.js is (same origin as the page); default next to inventory.js. */
  workerUrl?: string | URL;
  /** Where the batch wasm is; default batch/domainguard_bg.wasm next to the worker. */
  wasmUrl?: string | URL;
}

export interface InventoryResult<F> {
  report: InventoryReport;
  csv: F;
  ics: F;
}

/**
 * Checks a domain list in a module Web Worker with the batch wasm. Resolves to the report and
 * the files, or to `{errors}` when the list or the options cannot be read; rejects when the
 * worker fails or the signal aborts (AbortError).
 */
export function checkInventory(
  list: string | InventoryInputRow[] | { domains: InventoryInputRow[] },
  options?: CheckInventoryOptions<'blob'>,
  onProgress?: (progress: { done: number; total: number }) => void,
): Promise<InventoryResult<Blob> | InputErrors>;
export function checkInventory(
  list: string | InventoryInputRow[] | { domains: InventoryInputRow[] },
  options: CheckInventoryOptions<'text'> & { output: 'text' },
  onProgress?: (progress: { done: number; total: number }) => void,
): Promise<InventoryResult<string> | InputErrors>;

/** The columns `InventoryHandle.sort` sorts by; `urgency` is the report's own order. */
export type InventorySortColumn =
  | 'urgency'
  | 'line'
  | 'domain'
  | 'holder'
  | 'renewal'
  | 'next_action'
  | 'deadline'
  | 'days_left'
  | 'severity';

export interface OpenInventoryOptions extends InventoryListOptions {
  /** Aborts the check (rejects with AbortError); after it, use `close()`. */
  signal?: AbortSignal;
  /** Rows sent with the handle (`first`), default 0. */
  first?: number;
  workerUrl?: string | URL;
  wasmUrl?: string | URL;
}

/** The report, kept in the worker; the page asks for the rows it shows. */
export interface InventoryHandle {
  /** Rows of the report (0 with `errors`). */
  total: number;
  today: IsoDate;
  /** The report's counts by severity (null with `errors`). */
  summary: InventoryReport['summary'] | null;
  /** null, or why the list or the options cannot be read (the handle is then closed). */
  errors: InputErrors['errors'] | null;
  /** The first `options.first` rows, most urgent first. */
  first: InventoryRow[];
  /** Rows `start` to `start + count - 1` in the current order (fewer at the end). */
  rows(start: number, count: number): Promise<InventoryRow[]>;
  /** Sorts every row in the worker; rejects for an unknown column. */
  sort(column: InventorySortColumn, descending?: boolean): Promise<void>;
  /** Rows by days left: missed (< 0), within 30 days (0–30), later (> 30); rows without a deadline in none. */
  due(): Promise<{ missed: number; next30: number; later: number }>;
  /** The report as CSV and iCalendar (the report's order, whatever the current one). */
  files(options?: { output?: 'blob' }): Promise<{ csv: Blob; ics: Blob }>;
  files(options: { output: 'text' }): Promise<{ csv: string; ics: string }>;
  /** Ends the worker; later calls reject. */
  close(): void;
}

/**
 * Checks a domain list in a module Web Worker and keeps the report there. Resolves once every
 * row is checked; rejects when the worker fails or the signal aborts (AbortError).
 */
export function openInventory(
  list: string | InventoryInputRow[] | { domains: InventoryInputRow[] },
  options?: OpenInventoryOptions,
  onProgress?: (progress: { done: number; total: number }) => void,
): Promise<InventoryHandle>;

/**
 * Starts an inventory worker ahead and loads its wasm; the next checkInventory() or
 * openInventory() with the same `workerUrl` and `wasmUrl` uses it.
 */
export function preloadInventory(options?: { workerUrl?: string | URL; wasmUrl?: string | URL }): void;

/** Labels of the next actions. */
export const NEXT_ACTIONS: Readonly<Record<NextAction, { de: string; en: string }>>;

/** The severities with their rank (0 most urgent) and labels. */
export const SEVERITIES: Readonly<Record<RowSeverity, { rank: number; de: string; en: string }>>;
