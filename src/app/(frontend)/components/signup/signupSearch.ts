import type { Locale } from '@/services/locales'

import { siteLocale } from '../siteRequest'

import type { Billing } from './types'

export type SignupSearchParams = Promise<{
  locale?: string | string[]
  tier?: string | string[]
  billingPeriod?: string | string[]
}>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** The plan and language a signup link carries (`?tier=&billingPeriod=&locale=`, from the pricing cards). */
export async function signupSearch(
  searchParams: SignupSearchParams,
): Promise<{ locale: Locale; tier?: string; billing: Billing }> {
  const query = await searchParams
  const tier = first(query.tier)
  return {
    locale: await siteLocale(query.locale),
    tier: tier && /^[a-z0-9-]{1,100}$/.test(tier) ? tier : undefined,
    billing: first(query.billingPeriod) === 'annual' ? 'annual' : 'monthly',
  }
}
