import type { Metadata } from 'next'

import { siteText } from '@/i18n/site'

import { hostScope } from '../components/hostScope'
import { SignupPage } from '../components/signup/SignupPage'
import { signupSearch, type SignupSearchParams } from '../components/signup/signupSearch'

export const dynamic = 'force-dynamic'

type Props = { searchParams: SignupSearchParams }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { locale } = await signupSearch(searchParams)
  return { title: siteText(locale).signup.title, robots: { index: false } }
}

/** The signup wizard on a platform's own domain. */
export default async function Signup({ searchParams }: Props) {
  const query = await signupSearch(searchParams)
  return <SignupPage scope={await hostScope()} basePath="" {...query} />
}
