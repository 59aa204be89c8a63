import { openApiRoute } from '@/endpoints/openapi/route'

export const dynamic = 'force-dynamic'
export const GET = openApiRoute
