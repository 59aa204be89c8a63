import { platformLabel, vendorLabel } from './sharedFields'
import type { CollectionLabels } from './types'

export const invoiceLogos: CollectionLabels = {
  singular: { en: 'Invoice logo', fr: 'Logo de facture', de: 'Rechnungslogo' },
  plural: { en: 'Invoice logos', fr: 'Logos de facture', de: 'Rechnungslogos' },
  description: {
    en: 'The logo printed on your invoices: a PNG or JPEG of at most 1 MB. Choose it in your invoice settings.',
    fr: 'Le logo imprimé sur vos factures : un PNG ou JPEG de 1 Mo au plus. Choisissez-le dans vos paramètres de facturation.',
    de: 'Das Logo auf Ihren Rechnungen: ein PNG oder JPEG von höchstens 1 MB. Wählen Sie es in Ihren Rechnungseinstellungen.',
  },
  group: 'customerInvoicing',
  fields: { vendor: vendorLabel, platform: platformLabel },
}
