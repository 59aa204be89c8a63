import type { CollectionLabels } from './types'

export const stripeEvents: CollectionLabels = {
  singular: { en: 'Stripe event', fr: 'Événement Stripe', de: 'Stripe-Ereignis' },
  plural: { en: 'Stripe events', fr: 'Événements Stripe', de: 'Stripe-Ereignisse' },
  description: {
    en: 'Webhook events received from Stripe, each stored once and processed by a job.',
    fr: 'Événements webhook reçus de Stripe, chacun enregistré une fois et traité par une tâche.',
    de: 'Von Stripe empfangene Webhook-Ereignisse, jedes einmal gespeichert und von einem Job verarbeitet.',
  },
  group: 'platform',
  fields: {
    eventId: { label: { en: 'Event ID', fr: 'ID de l’événement', de: 'Ereignis-ID' } },
    type: { label: { en: 'Type', fr: 'Type', de: 'Typ' } },
    payload: { label: { en: 'Payload', fr: 'Contenu', de: 'Inhalt' } },
    receivedAt: { label: { en: 'Received', fr: 'Reçu le', de: 'Empfangen am' } },
    processedAt: { label: { en: 'Processed', fr: 'Traité le', de: 'Verarbeitet am' } },
    outcome: {
      label: { en: 'Outcome', fr: 'Résultat', de: 'Ergebnis' },
      options: {
        handled: { en: 'Handled', fr: 'Traité', de: 'Verarbeitet' },
        ignored: {
          en: 'Ignored (type not used)',
          fr: 'Ignoré (type non utilisé)',
          de: 'Ignoriert (Typ nicht verwendet)',
        },
        unmatched: {
          en: 'No matching subscription',
          fr: 'Aucun abonnement correspondant',
          de: 'Kein passendes Abonnement',
        },
      },
    },
    note: { label: { en: 'Note', fr: 'Remarque', de: 'Hinweis' } },
    attempts: { label: { en: 'Attempts', fr: 'Tentatives', de: 'Versuche' } },
    error: { label: { en: 'Last error', fr: 'Dernière erreur', de: 'Letzter Fehler' } },
  },
}
