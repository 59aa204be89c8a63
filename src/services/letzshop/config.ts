export const LETZSHOP_DEFAULT_API_URL = 'https://letzshop.lu/graphql'
const DEFAULT_TIMEOUT_MS = 5_000

/**
 * Read at each call, so a test or the launcher can point the app at the stand-in. Unset `LETZSHOP_API_URL` means
 * Letzshop itself (its public vendor data needs no key), in production and in development alike; `npm run dev`
 * sets it to the local stand-in when it starts one.
 */
export function letzshopConfig() {
  const timeout = Number(process.env.LETZSHOP_TIMEOUT_MS)
  return {
    url: process.env.LETZSHOP_API_URL?.trim() || LETZSHOP_DEFAULT_API_URL,
    apiKey: process.env.LETZSHOP_API_KEY?.trim() || undefined,
    timeoutMs: Number.isInteger(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS,
  }
}
