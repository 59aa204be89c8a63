import { monacoFileRoute } from '@/endpoints/monacoFiles'

export const dynamic = 'force-dynamic'
export const GET = monacoFileRoute
