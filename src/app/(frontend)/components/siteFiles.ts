import config from '@payload-config'
import { getPayload } from 'payload'

import { requestHost, hostVary } from '@/services/platformContext'
import { findSitePlatform, marketingSlugs, type SiteScope } from '@/services/site/sitePlatform'
import { robotsTxt, siteBasePath, siteOrigin, sitemapXml } from '@/services/site/siteUrls'

type SiteFile = 'sitemap' | 'robots'

const CONTENT_TYPE: Record<SiteFile, string> = {
  sitemap: 'application/xml; charset=utf-8',
  robots: 'text/plain; charset=utf-8',
}

/** sitemap.xml or robots.txt of the platform a request is for: by its /platforms/<code> prefix, else by its host. */
export async function siteFile(file: SiteFile, request: Request, platformCode?: string): Promise<Response> {
  const payload = await getPayload({ config })
  const scope: SiteScope = platformCode ? { platformCode } : { host: requestHost(request.headers) }
  const platform = await findSitePlatform(payload, scope, 'en')
  if (!platform)
    return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const origin = siteOrigin(request.headers)
  const basePath = siteBasePath(platformCode)
  const body =
    file === 'robots'
      ? robotsTxt(origin, basePath)
      : sitemapXml(origin, basePath, await marketingSlugs(payload, platform.id))
  return new Response(body, {
    headers: { 'Content-Type': CONTENT_TYPE[file], 'Cache-Control': 'public, max-age=300', Vary: hostVary() },
  })
}
