import type { Locale } from '@/services/locales'

import type { SitePageCaching } from './sitePageCaching'

/** A site page's caching decision (src/endpoints/sitePageCaching.ts) with the server's Payload already bound. */
export type DecideSitePageCaching = (request: Request, locale: Locale) => Promise<SitePageCaching | null>

const KEY = Symbol.for('letzshop.sitePageCaching')
type Holder = { [KEY]?: DecideSitePageCaching }

/**
 * Where src/proxy.ts finds the decision. The proxy is a bundle of its own: importing Payload there would build a
 * second copy of Payload and of the app's modules (hooks, error classes) in the process, and whichever copy starts
 * Payload first would serve every request. So the Payload that serves the pages offers the decision here when it
 * starts (src/plugins/sitePageCaching.ts), and the proxy imports nothing but this file.
 */
export const offerSitePageCaching = (decide: DecideSitePageCaching): void => {
  ;(globalThis as Holder)[KEY] = decide
}

/** The decision once Payload has started in this process; before (the first page after a start) none. */
export const offeredSitePageCaching = (): DecideSitePageCaching | undefined => (globalThis as Holder)[KEY]
