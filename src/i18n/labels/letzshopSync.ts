import { platformLabel, vendorLabel } from './sharedFields'
import type { CollectionLabels, FieldLabels } from './types'

const heldByLimit: FieldLabels = {
  label: { en: 'Held by the limit', fr: 'Retenues par la limite', de: 'Durch das Limit zurückgehalten' },
}

export const letzshopConnections: CollectionLabels = {
  singular: { en: 'Letzshop connection', fr: 'Connexion Letzshop', de: 'Letzshop-Verbindung' },
  plural: { en: 'Letzshop connections', fr: 'Connexions Letzshop', de: 'Letzshop-Verbindungen' },
  group: 'shop',
  fields: {
    vendor: vendorLabel,
    platform: platformLabel,
    status: {
      label: { en: 'Status', fr: 'Statut', de: 'Status' },
      options: {
        active: { en: 'Active', fr: 'Active', de: 'Aktiv' },
        paused: { en: 'Paused', fr: 'En pause', de: 'Pausiert' },
        failing: { en: 'Failing', fr: 'En échec', de: 'Fehlerhaft' },
      },
    },
    keyLast4: { label: { en: 'Key (last 4)', fr: 'Clé (4 derniers)', de: 'Schlüssel (letzte 4)' } },
    shopSlug: {
      label: { en: 'Letzshop shop', fr: 'Boutique Letzshop', de: 'Letzshop-Shop' },
      description: {
        en: 'The Letzshop shop the key opens.',
        fr: 'La boutique Letzshop que la clé ouvre.',
        de: 'Der Letzshop-Shop, den der Schlüssel öffnet.',
      },
    },
    connectedAt: { label: { en: 'Connected on', fr: 'Connectée le', de: 'Verbunden am' } },
    lastRunAt: { label: { en: 'Last run', fr: 'Dernière synchronisation', de: 'Letzter Lauf' } },
    failure: {
      label: { en: 'Failure', fr: 'Échec', de: 'Fehler' },
      description: {
        en: 'Why the sync is failing.',
        fr: 'Pourquoi la synchronisation échoue.',
        de: 'Warum die Synchronisierung fehlschlägt.',
      },
    },
    heldByLimit: {
      ...heldByLimit,
      description: {
        en: 'Orders waiting on Letzshop because the monthly order limit is reached.',
        fr: 'Commandes en attente sur Letzshop, la limite mensuelle de commandes étant atteinte.',
        de: 'Bestellungen, die auf Letzshop warten, weil das monatliche Bestelllimit erreicht ist.',
      },
    },
  },
}

export const letzshopSyncRuns: CollectionLabels = {
  singular: { en: 'Letzshop sync run', fr: 'Synchronisation Letzshop', de: 'Letzshop-Synchronisierung' },
  plural: { en: 'Letzshop sync runs', fr: 'Synchronisations Letzshop', de: 'Letzshop-Synchronisierungen' },
  group: 'shop',
  fields: {
    vendor: vendorLabel,
    platform: platformLabel,
    status: {
      label: { en: 'Status', fr: 'Statut', de: 'Status' },
      options: {
        queued: { en: 'Queued', fr: 'En file', de: 'Eingereiht' },
        running: { en: 'Running', fr: 'En cours', de: 'Läuft' },
        succeeded: { en: 'Succeeded', fr: 'Réussie', de: 'Erfolgreich' },
        held: { en: 'Held by the limit', fr: 'Retenue par la limite', de: 'Durch das Limit angehalten' },
        failed: { en: 'Failed', fr: 'Échouée', de: 'Fehlgeschlagen' },
      },
    },
    trigger: {
      label: { en: 'Trigger', fr: 'Déclenchement', de: 'Auslöser' },
      options: {
        schedule: { en: 'Schedule', fr: 'Planifiée', de: 'Zeitplan' },
        manual: { en: 'Manual', fr: 'Manuelle', de: 'Manuell' },
      },
    },
    startedAt: { label: { en: 'Started', fr: 'Début', de: 'Beginn' } },
    finishedAt: { label: { en: 'Finished', fr: 'Fin', de: 'Ende' } },
    imported: { label: { en: 'Imported', fr: 'Importées', de: 'Importiert' } },
    skipped: { label: { en: 'Already imported', fr: 'Déjà importées', de: 'Bereits importiert' } },
    heldByLimit,
    error: { label: { en: 'Error', fr: 'Erreur', de: 'Fehler' } },
  },
}
