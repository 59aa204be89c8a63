/**
 * How our TypeScript scripts are started (`node <NODE_SCRIPT_ARGS> file.ts`), and the Node flag every process that
 * loads the Payload config outside Next needs (scripts, test helpers, vitest workers).
 *
 * Lexical's `node` entry points (`Lexical.node.mjs`, one per @lexical/* package) wrap the package in a top-level
 * `await import('./X.dev.mjs')`, and those modules import other wrapped packages. Node 20 sometimes never settles
 * the evaluation of that graph: the process then runs out of work with the import pending and exits 13
 * ("unsettled top-level await") without a word — in our scripts, in plain `node`, with or without tsx. The
 * `development` condition resolves Lexical to those same modules directly (what its wrapper picks outside
 * production), so no top-level await is left in the graph. Next is not concerned: it bundles Lexical.
 */
export const NODE_CONDITIONS = ['--conditions=development']

/** `node --import tsx`, not the tsx CLI: the CLI adds a second process whose signals and exit code get in the way. */
export const NODE_SCRIPT_ARGS = [...NODE_CONDITIONS, '--import', 'tsx']

/**
 * The Node option that stamps each request with its socket address (scripts/lib/peerAddress.mjs), for the Next server
 * process: in NODE_OPTIONS, so `next dev`'s own child processes load it too.
 */
export const PEER_ADDRESS_PRELOAD = `--import=${new URL('./peerAddress.mjs', import.meta.url).href}`
