import { pricingRoute } from '@/endpoints/platform/pricing'

export const dynamic = 'force-dynamic'
export const GET = pricingRoute
