// TypeScript declarations for node.js, the Node.js entry of the npm package (hand-written;
// keep in step with the module). No DOM types: a Node project needs neither `lib: ["dom"]`
// nor `@types/node` for these.

export * from './core.js';

/**
 * Resolves at once: the Node.js entry instantiates the wasm from the package's own file when
 * it is imported. Kept so that code written for the browser entry runs unchanged.
 */
export function init(options?: unknown): Promise<void>;

/** Does nothing: the wasm is already instantiated (see init). */
export function initSync(options?: unknown): void;

/** Resolves at once: Node always has the full module. */
export function ready(caseObject?: unknown): Promise<void>;

/** Always null: Node always has the full module. */
export function leanModule(): null;
