import { referenceAssetRoute } from '@/endpoints/openapi/reference'

export const dynamic = 'force-dynamic'
export const GET = referenceAssetRoute
