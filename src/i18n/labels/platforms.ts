import { codeLabel, isActiveLabel, nameLabel } from './sharedFields'
import type { CollectionLabels } from './types'

export const platforms: CollectionLabels = {
  singular: { en: 'Platform', fr: 'Plateforme', de: 'Plattform' },
  plural: { en: 'Platforms', fr: 'Plateformes', de: 'Plattformen' },
  group: 'platform',
  fields: {
    name: nameLabel,
    code: codeLabel,
    domains: {
      label: { en: 'Domains', fr: 'Domaines', de: 'Domains' },
      description: {
        en: 'Host names that serve this platform (e.g. oms.example.lu).',
        fr: 'Noms d’hôte sous lesquels cette plateforme est servie (p. ex. oms.example.lu).',
        de: 'Hostnamen, unter denen diese Plattform erreichbar ist (z. B. oms.example.lu).',
      },
      rows: {
        singular: { en: 'Domain', fr: 'Domaine', de: 'Domain' },
        plural: { en: 'Domains', fr: 'Domaines', de: 'Domains' },
      },
    },
    'domains.domain': { label: { en: 'Domain', fr: 'Domaine', de: 'Domain' } },
    pathPrefix: {
      label: { en: 'Path prefix', fr: 'Préfixe de chemin', de: 'Pfadpräfix' },
      description: {
        en: 'Local development prefix; defaults to /platforms/<code>.',
        fr: 'Préfixe pour le développement local ; par défaut /platforms/<code>.',
        de: 'Präfix für die lokale Entwicklung; standardmäßig /platforms/<code>.',
      },
    },
    branding: { label: { en: 'Branding', fr: 'Identité visuelle', de: 'Markenauftritt' } },
    'branding.logoUrl': { label: { en: 'Logo URL', fr: 'URL du logo', de: 'Logo-URL' } },
    'branding.primaryColor': { label: { en: 'Primary colour', fr: 'Couleur principale', de: 'Primärfarbe' } },
    'branding.tagline': { label: { en: 'Tagline', fr: 'Slogan', de: 'Slogan' } },
    billing: { label: { en: 'Billing', fr: 'Facturation', de: 'Abrechnung' } },
    'billing.graceDays': {
      label: { en: 'Grace period (days)', fr: 'Délai de grâce (jours)', de: 'Nachfrist (Tage)' },
      description: {
        en: 'Days a vendor keeps writing after a failed payment; then its data is read-only until the payment succeeds. Default 14.',
        fr: 'Jours pendant lesquels un vendeur peut encore modifier ses données après un paiement échoué ; ensuite elles sont en lecture seule jusqu’au paiement. 14 par défaut.',
        de: 'Tage, in denen ein Händler nach einer fehlgeschlagenen Zahlung weiter schreiben kann; danach sind seine Daten schreibgeschützt, bis die Zahlung gelingt. Standard 14.',
      },
    },
    config: { label: { en: 'Configuration (JSON)', fr: 'Configuration (JSON)', de: 'Konfiguration (JSON)' } },
    isActive: isActiveLabel,
  },
}
