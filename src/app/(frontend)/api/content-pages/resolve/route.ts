import { resolveRoute } from '@/endpoints/content/resolve'

export const dynamic = 'force-dynamic'
export const GET = resolveRoute
