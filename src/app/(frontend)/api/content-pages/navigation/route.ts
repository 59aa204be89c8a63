import { navigationRoute } from '@/endpoints/content/navigation'

export const dynamic = 'force-dynamic'
export const GET = navigationRoute
