import type { SignupCountry } from '@/i18n/site'

export type Billing = 'monthly' | 'annual'

/** A public tier as the plan step shows it; prices already formatted by the server (null: not sold online for that period). */
export type SignupTier = { code: string; name: string; monthly: string | null; annual: string | null }

export type AccountValues = {
  email: string
  password: string
  companyName: string
  country: SignupCountry | string
  vatNumber: string
}

export const STEPS = ['plan', 'shop', 'account', 'card'] as const
export type Step = (typeof STEPS)[number]
