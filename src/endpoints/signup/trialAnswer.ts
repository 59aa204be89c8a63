import { type Message, type MessageSource, t } from '@/i18n/t'
import type { TrialUsedBy } from '@/services/signup/trials'

const USED_BY: Record<TrialUsedBy, Message> = {
  shop: 'signupTrialUsedShop',
  vatNumber: 'signupTrialUsedVatNumber',
  card: 'signupTrialUsedCard',
}

/** The `trial` of a signup answer: offered, or not because the shop, VAT number or card had one (said in words). */
export const trialAnswer = (req: MessageSource, usedBy: TrialUsedBy | null, platformName: string) =>
  usedBy
    ? { offered: false, usedBy, message: t(req, USED_BY[usedBy], { platform: platformName }) }
    : { offered: true, usedBy: null, message: null }
