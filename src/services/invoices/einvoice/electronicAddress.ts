import type { ElectronicAddress } from '../document'

/**
 * Electronic addresses (EN 16931 BT-34 seller, BT-49 buyer; mandatory in Peppol: PEPPOL-EN16931-R010 / R020).
 *
 * Source: the Electronic Address Scheme (EAS) code list of the Connecting Europe Facility, as Peppol BIS Billing
 * 3.0.19 accepts it (rule PEPPOL-EN16931-CL008, list `$eaid` in PEPPOL-EN16931-UBL.sch of OpenPEPPOL's
 * peppol-bis-invoice-3, tag v3.0.19). "EM" (e-mail) is in CEN's list but not in Peppol's: we never emit it.
 */
export const EAS_SCHEMES: readonly string[] = (
  '0002 0007 0009 0037 0060 0088 0096 0097 0106 0130 0135 0142 0147 0151 0154 0158 0170 0177 0183 0184 0188 0190 ' +
  '0191 0192 0193 0194 0195 0196 0198 0199 0200 0201 0202 0203 0204 0205 0208 0209 0210 0211 0212 0213 0215 0216 ' +
  '0217 0218 0221 0225 0230 0235 0240 9910 9913 9914 9915 9918 9919 9920 9922 9923 9924 9925 9926 9927 9928 9929 ' +
  '9930 9931 9932 9933 9934 9935 9936 9937 9938 9939 9940 9941 9942 9943 9944 9945 9946 9947 9948 9949 9950 9951 ' +
  '9952 9953 9957 9959'
).split(' ')

/**
 * The scheme under which a VAT number of each country is an electronic address, from the same EAS list: the
 * "<country> VAT number" schemes (99xx), Italy's Partita IVA (0211) and Finland's VAT identifier (0213). Belgium
 * uses its enterprise number (0208, the VAT number's ten digits), as Belgian Peppol participants do; Denmark its
 * CVR number (0184, "DK" + eight digits: the VAT number); Sweden its organisation number (0007, the VAT number's
 * ten digits). Countries missing here have no VAT-based scheme.
 */
const VAT_SCHEME: Record<string, { scheme: string; id: (vat: string) => string }> = {
  AT: { scheme: '9914', id: (vat) => vat },
  BE: { scheme: '0208', id: (vat) => vat.slice(2) },
  BG: { scheme: '9926', id: (vat) => vat },
  CY: { scheme: '9928', id: (vat) => vat },
  CZ: { scheme: '9929', id: (vat) => vat },
  DE: { scheme: '9930', id: (vat) => vat },
  DK: { scheme: '0184', id: (vat) => vat },
  EE: { scheme: '9931', id: (vat) => vat },
  EL: { scheme: '9933', id: (vat) => vat },
  ES: { scheme: '9920', id: (vat) => vat },
  FI: { scheme: '0213', id: (vat) => vat },
  FR: { scheme: '9957', id: (vat) => vat },
  HR: { scheme: '9934', id: (vat) => vat },
  HU: { scheme: '9910', id: (vat) => vat },
  IE: { scheme: '9935', id: (vat) => vat },
  IT: { scheme: '0211', id: (vat) => vat },
  LT: { scheme: '9937', id: (vat) => vat },
  LU: { scheme: '9938', id: (vat) => vat },
  LV: { scheme: '9939', id: (vat) => vat },
  MT: { scheme: '9943', id: (vat) => vat },
  NL: { scheme: '9944', id: (vat) => vat },
  PL: { scheme: '9945', id: (vat) => vat },
  PT: { scheme: '9946', id: (vat) => vat },
  RO: { scheme: '9947', id: (vat) => vat },
  SE: { scheme: '0007', id: (vat) => vat.slice(2, 12) },
  SI: { scheme: '9949', id: (vat) => vat },
  SK: { scheme: '9950', id: (vat) => vat },
  CH: { scheme: '9927', id: (vat) => vat },
  GB: { scheme: '9932', id: (vat) => vat },
}

/** The electronic address a (checked, normalised) VAT number gives, null where its country has no scheme. */
export function electronicAddressOfVatNumber(vatNumber: string | null | undefined): ElectronicAddress | null {
  if (!vatNumber) return null
  const vat = vatNumber.replace(/[\s.-]/g, '').toUpperCase()
  const rule = VAT_SCHEME[vat.slice(0, 2)]
  return rule ? { scheme: rule.scheme, identifier: rule.id(vat) } : null
}

const digits = (value: string, length: number) => new RegExp(`^[0-9]{${length}}$`).test(value)

/** Mod-97 of a Belgian enterprise number: its last two digits are 97 − (the first eight mod 97). */
const belgianCheck = (id: string) => 97 - (Number(id.slice(0, 8)) % 97) === Number(id.slice(8))

/** Luhn over a Swedish organisation number's ten digits. */
const luhn = (id: string) =>
  [...id].reverse().reduce((sum, char, index) => {
    const doubled = Number(char) * (index % 2 ? 2 : 1)
    return sum + (doubled > 9 ? doubled - 9 : doubled)
  }, 0) %
    10 ===
  0

/** GS1 check digit of a GLN (13 digits). */
const glnCheck = (id: string) =>
  [...id].reverse().reduce((sum, char, index) => sum + Number(char) * (index % 2 ? 3 : 1), 0) % 10 === 0

/** The formats Peppol checks as fatal (PEPPOL-COMMON-R040, R042, R043, R049); other schemes: any plain id. */
const FORMAT: Record<string, (id: string) => boolean> = {
  '0088': (id) => digits(id, 13) && glnCheck(id),
  '0184': (id) => /^(DK)?[0-9]{8}$/.test(id),
  '0208': (id) => digits(id, 10) && belgianCheck(id),
  '0007': (id) => digits(id, 10) && luhn(id),
}

export type ElectronicAddressProblem = 'scheme' | 'id'

/** Why an electronic address would fail Peppol, or null when it is fine. */
export function electronicAddressProblem(address: ElectronicAddress): ElectronicAddressProblem | null {
  if (!EAS_SCHEMES.includes(address.scheme)) return 'scheme'
  const id = address.identifier
  if (!id || id.length > 100 || /\s/.test(id)) return 'id'
  const format = FORMAT[address.scheme]
  return format && !format(id) ? 'id' : null
}

/**
 * The buyer's electronic address on a document: the one the invoice's customer snapshot names, else for a business
 * whose VAT number the checks accepted the address that number gives. A consumer has none (Peppol does not take an
 * e-mail address), and neither has a customer whose number failed.
 */
export function buyerElectronicAddress(customer: {
  type: 'consumer' | 'business'
  vatNumber: string | null
  customerVatValid: boolean | null
  electronicAddress?: { scheme?: string | null; identifier?: string | null } | null
}): ElectronicAddress | null {
  const given = customer.electronicAddress
  if (given?.scheme && given.identifier) return { scheme: given.scheme, identifier: given.identifier }
  if (customer.type !== 'business' || customer.customerVatValid !== true) return null
  return electronicAddressOfVatNumber(customer.vatNumber)
}

/** The seller's electronic address: the one its settings name, else the one its VAT number gives. */
export function sellerElectronicAddress(seller: {
  vatNumber?: string | null
  electronicAddress?: { scheme?: string | null; identifier?: string | null } | null
}): ElectronicAddress | null {
  const given = seller.electronicAddress
  if (given?.scheme && given.identifier) return { scheme: given.scheme, identifier: given.identifier }
  return electronicAddressOfVatNumber(seller.vatNumber)
}
