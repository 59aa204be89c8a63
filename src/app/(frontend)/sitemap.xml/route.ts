import { siteFile } from '../components/siteFiles'

export const dynamic = 'force-dynamic'

/** The sitemap of the platform whose domain this is. */
export const GET = (request: Request) => siteFile('sitemap', request)
