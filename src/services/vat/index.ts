export { computeInvoiceVat } from './computeInvoiceVat'
export { EU_MEMBER_STATES, isEuMemberState, type EuMemberState } from '../countries'
export { vatPrefix } from './vatPrefix'
export { VatInputError } from './errors'
export { vatNote } from './notes'
export { VAT_RATES, ratesInForce, vatRate, type VatRateRow } from './rates'
export { vatOfNet } from './rounding'
export { EU_DISTANCE_SALES_THRESHOLD_CENTS, distanceSalesThresholdExceeded, vatTreatment } from './treatment'
export { checkCustomerVatNumber, checkSellerVatNumber, normalizeVatNumber, type VatNumberCheck } from './vatNumber'
export * from './types'
export {
  VIES_DEFAULT_API_URL,
  VIES_DEFAULT_TIMEOUT_MS,
  checkVies,
  viesCheckForInvoice,
  viesConfig,
  type ViesConfig,
} from './vies'
