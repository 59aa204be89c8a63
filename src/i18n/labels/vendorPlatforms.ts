import { isActiveLabel, platformLabel, vendorLabel } from './sharedFields'
import type { CollectionLabels } from './types'

/** A vendor's membership of a platform. */
export const vendorPlatforms: CollectionLabels = {
  singular: { en: 'Membership', fr: 'Adhésion', de: 'Mitgliedschaft' },
  plural: { en: 'Memberships', fr: 'Adhésions', de: 'Mitgliedschaften' },
  group: 'platform',
  fields: {
    vendor: vendorLabel,
    platform: platformLabel,
    tier: {
      label: { en: 'Starting tier', fr: 'Formule de départ', de: 'Starttarif' },
      description: {
        en: "The tier the vendor's trial starts on. Empty = the platform's entry tier.",
        fr: 'La formule sur laquelle démarre l’essai du commerçant. Vide = la formule d’entrée de la plateforme.',
        de: 'Der Tarif, mit dem die Testphase des Händlers beginnt. Leer = der Einstiegstarif der Plattform.',
      },
    },
    isActive: isActiveLabel,
    joinedAt: { label: { en: 'Joined on', fr: 'Date d’adhésion', de: 'Beigetreten am' } },
  },
}
