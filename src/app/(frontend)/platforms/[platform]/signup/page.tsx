import type { Metadata } from 'next'

import { siteText } from '@/i18n/site'
import { siteBasePath } from '@/services/site/siteUrls'

import { SignupPage } from '../../../components/signup/SignupPage'
import { signupSearch, type SignupSearchParams } from '../../../components/signup/signupSearch'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ platform: string }>; searchParams: SignupSearchParams }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { locale } = await signupSearch(searchParams)
  return { title: siteText(locale).signup.title, robots: { index: false } }
}

/** The signup wizard under the local-development prefix /platforms/<code>. */
export default async function PlatformSignup({ params, searchParams }: Props) {
  const [{ platform }, query] = await Promise.all([params, signupSearch(searchParams)])
  return <SignupPage scope={{ platformCode: platform }} basePath={siteBasePath(platform)} {...query} />
}
