import { siteFile } from '../../../components/siteFiles'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ platform: string }> }

/** A platform's sitemap under the local-development prefix /platforms/<code>. */
export const GET = async (request: Request, { params }: Context) =>
  siteFile('sitemap', request, (await params).platform)
