import type { Config, Plugin } from 'payload'

import { offerSitePageCaching } from '@/endpoints/offeredSitePageCaching'
import { sitePageCaching } from '@/endpoints/sitePageCaching'
import { appBuild } from '@/services/site/appBuild'

/** Offers src/proxy.ts the site pages' caching decision, bound to this Payload, once it has started. */
export const sitePageCachingPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    onInit: async (payload) => {
      await config.onInit?.(payload)
      offerSitePageCaching(async (request, locale) => {
        try {
          return await sitePageCaching(payload, request, locale, appBuild())
        } catch (err) {
          // The page renders anyway (and answers for itself if the database is down), just without a version.
          payload.logger.warn({ err, msg: `No version for ${new URL(request.url).pathname}: served uncached` })
          return null
        }
      })
    },
  })
