import type { Translated } from '../languages'

import type { CollectionLabels, FieldLabels } from './types'

const label = (en: string, fr: string, de: string): FieldLabels => ({ label: { en, fr, de } })

const LIMITS: Record<string, Translated> = {
  ordersPerMonth: { en: 'Orders this period', fr: 'Commandes de la période', de: 'Bestellungen im Zeitraum' },
  products: { en: 'Products', fr: 'Produits', de: 'Produkte' },
  teamMembers: { en: 'Team members', fr: 'Membres de l’équipe', de: 'Teammitglieder' },
  cmsPages: { en: 'CMS pages', fr: 'Pages CMS', de: 'CMS-Seiten' },
  cmsCustomPages: { en: 'Custom pages', fr: 'Pages personnalisées', de: 'Eigene Seiten' },
}

const FIGURES: Record<string, FieldLabels> = {
  limit: label('Theoretical capacity', 'Capacité théorique', 'Theoretische Kapazität'),
  unlimited: label('Unlimited subscriptions', 'Abonnements illimités', 'Unbegrenzte Abonnements'),
  used: label('Used', 'Utilisé', 'Genutzt'),
  usedUnderLimit: label('Used under a limit', 'Utilisé sous une limite', 'Genutzt mit Limit'),
  nearLimit: label('Vendors at 80 % or more', 'Boutiques à 80 % ou plus', 'Shops bei 80 % oder mehr'),
}

export const capacitySnapshots: CollectionLabels = {
  singular: { en: 'Capacity snapshot', fr: 'Relevé de capacité', de: 'Kapazitäts-Snapshot' },
  plural: { en: 'Capacity snapshots', fr: 'Relevés de capacité', de: 'Kapazitäts-Snapshots' },
  description: {
    en: 'One row per platform and day, written by the daily captureCapacitySnapshot job.',
    fr: 'Une ligne par plateforme et par jour, écrite par la tâche quotidienne captureCapacitySnapshot.',
    de: 'Eine Zeile pro Plattform und Tag, geschrieben vom täglichen Job captureCapacitySnapshot.',
  },
  group: 'platform',
  fields: {
    platform: label('Platform', 'Plateforme', 'Plattform'),
    date: label('Day', 'Jour', 'Tag'),
    vendors: label('Vendors', 'Boutiques', 'Shops'),
    'vendors.live': label('Live subscriptions', 'Abonnements actifs', 'Laufende Abonnements'),
    'vendors.byStatus': label('By status', 'Par statut', 'Nach Status'),
    'vendors.byTier': label('By tier', 'Par formule', 'Nach Tarif'),
    capacity: label('Capacity', 'Capacité', 'Kapazität'),
    ...Object.fromEntries(
      Object.entries(LIMITS).flatMap(([key, name]) => [
        [`capacity.${key}`, { label: name }],
        ...Object.entries(FIGURES).map(([figure, labels]) => [`capacity.${key}.${figure}`, labels]),
      ]),
    ),
    mrr: label('Monthly recurring revenue', 'Revenu mensuel récurrent', 'Monatlich wiederkehrender Umsatz'),
    'mrr.cents': label('MRR (cents)', 'MRR (centimes)', 'MRR (Cent)'),
    'mrr.pastDueCents': label('of which past due (cents)', 'dont en retard (centimes)', 'davon überfällig (Cent)'),
    'mrr.trialCents': label('Trials (cents, apart)', 'Essais (centimes, à part)', 'Testphasen (Cent, getrennt)'),
    day: label('Since the previous day', 'Depuis la veille', 'Seit dem Vortag'),
    'day.signups': label('Signups', 'Inscriptions', 'Anmeldungen'),
    'day.conversions': label('Trial conversions', 'Conversions d’essai', 'Umwandlungen aus Test'),
    'day.cancellations': label('Cancellations', 'Résiliations', 'Kündigungen'),
  },
}
