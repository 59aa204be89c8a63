import { siteFile } from '../components/siteFiles'

export const dynamic = 'force-dynamic'

/** robots.txt of the platform whose domain this is. */
export const GET = (request: Request) => siteFile('robots', request)
