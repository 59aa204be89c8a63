import { platformLabel, vendorLabel } from './sharedFields'
import type { CollectionLabels } from './types'

export const signupTrials: CollectionLabels = {
  singular: { en: 'Free trial granted', fr: 'Essai gratuit accordé', de: 'Gewährte Testphase' },
  plural: { en: 'Free trials granted', fr: 'Essais gratuits accordés', de: 'Gewährte Testphasen' },
  description: {
    en: 'One row per free trial given at signup: the card, VAT number and Letzshop shop that had it do not get another one on this platform.',
    fr: 'Une ligne par essai gratuit accordé à l’inscription : la carte, le numéro de TVA et la boutique Letzshop qui en ont bénéficié n’en obtiennent pas d’autre sur cette plateforme.',
    de: 'Eine Zeile pro bei der Registrierung gewährter Testphase: Karte, USt-IdNr. und Letzshop-Shop, die sie erhalten haben, bekommen auf dieser Plattform keine weitere.',
  },
  group: 'platform',
  fields: {
    platform: platformLabel,
    vendor: vendorLabel,
    grantedAt: { label: { en: 'Granted', fr: 'Accordé le', de: 'Gewährt am' } },
    cardFingerprint: {
      label: {
        en: 'Card fingerprint (Stripe)',
        fr: 'Empreinte de la carte (Stripe)',
        de: 'Karten-Fingerabdruck (Stripe)',
      },
    },
    vatNumber: { label: { en: 'VAT number', fr: 'Numéro de TVA', de: 'USt-IdNr.' } },
    letzshopVendorId: { label: { en: 'Letzshop vendor ID', fr: 'ID commerçant Letzshop', de: 'Letzshop-Händler-ID' } },
    letzshopSlug: { label: { en: 'Letzshop slug', fr: 'Slug Letzshop', de: 'Letzshop-Slug' } },
    stripeSubscriptionId: {
      label: { en: 'Stripe subscription ID', fr: 'ID d’abonnement Stripe', de: 'Stripe-Abonnement-ID' },
    },
  },
}
