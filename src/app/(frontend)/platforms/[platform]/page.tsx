import { redirect } from 'next/navigation'

type Props = { params: Promise<{ platform: string }> }

export default async function PlatformRoot({ params }: Props) {
  redirect(`/platforms/${(await params).platform}/home`)
}
