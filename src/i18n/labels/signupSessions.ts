import type { CollectionLabels } from './types'

export const signupSessions: CollectionLabels = {
  singular: { en: 'Signup session', fr: 'Session d’inscription', de: 'Registrierungssitzung' },
  plural: { en: 'Signup sessions', fr: 'Sessions d’inscription', de: 'Registrierungssitzungen' },
  description: {
    en: 'The steps of signups in progress; used by the signup endpoints only.',
    fr: 'Les étapes des inscriptions en cours ; utilisées uniquement par les points d’accès d’inscription.',
    de: 'Die Schritte laufender Registrierungen; nur von den Registrierungs-Endpunkten verwendet.',
  },
  group: 'platform',
  fields: {
    token: { label: { en: 'Session token', fr: 'Jeton de session', de: 'Sitzungstoken' } },
    platform: { label: { en: 'Platform', fr: 'Plateforme', de: 'Plattform' } },
    tier: { label: { en: 'Plan', fr: 'Formule', de: 'Tarif' } },
    billingPeriod: {
      label: { en: 'Billing period', fr: 'Période de facturation', de: 'Abrechnungszeitraum' },
      options: {
        monthly: { en: 'Monthly', fr: 'Mensuelle', de: 'Monatlich' },
        annual: { en: 'Annual', fr: 'Annuelle', de: 'Jährlich' },
      },
    },
    letzshopVendorId: { label: { en: 'Letzshop vendor ID', fr: 'ID commerçant Letzshop', de: 'Letzshop-Händler-ID' } },
    letzshopSlug: { label: { en: 'Letzshop slug', fr: 'Slug Letzshop', de: 'Letzshop-Slug' } },
    letzshopName: {
      label: { en: 'Letzshop shop name', fr: 'Nom de la boutique Letzshop', de: 'Name des Letzshop-Shops' },
    },
    shopHeldUntil: {
      label: { en: 'Shop held until', fr: 'Boutique retenue jusqu’au', de: 'Shop reserviert bis' },
    },
    email: { label: { en: 'Email', fr: 'E-mail', de: 'E-Mail' } },
    companyName: { label: { en: 'Company name', fr: 'Raison sociale', de: 'Firmenname' } },
    country: { label: { en: 'Country', fr: 'Pays', de: 'Land' } },
    vatNumber: { label: { en: 'VAT number', fr: 'Numéro de TVA', de: 'USt-IdNr.' } },
    locale: {
      label: { en: 'Language', fr: 'Langue', de: 'Sprache' },
      options: {
        en: { en: 'English', fr: 'Anglais', de: 'Englisch' },
        fr: { en: 'French', fr: 'Français', de: 'Französisch' },
        de: { en: 'German', fr: 'Allemand', de: 'Deutsch' },
      },
    },
    stripeCustomerId: { label: { en: 'Stripe customer ID', fr: 'ID client Stripe', de: 'Stripe-Kunden-ID' } },
    setupIntentId: { label: { en: 'Stripe SetupIntent ID', fr: 'ID SetupIntent Stripe', de: 'Stripe-SetupIntent-ID' } },
    completedVendor: { label: { en: 'Vendor created', fr: 'Commerçant créé', de: 'Erstellter Händler' } },
    completedUser: { label: { en: 'User created', fr: 'Utilisateur créé', de: 'Erstellter Benutzer' } },
    completedAt: { label: { en: 'Completed at', fr: 'Terminée le', de: 'Abgeschlossen am' } },
    expiresAt: { label: { en: 'Expires at', fr: 'Expire le', de: 'Läuft ab am' } },
  },
}
