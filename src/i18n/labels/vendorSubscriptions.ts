import { platformLabel, vendorLabel } from './sharedFields'
import type { CollectionLabels } from './types'

export const vendorSubscriptions: CollectionLabels = {
  singular: { en: 'Subscription', fr: 'Abonnement', de: 'Abonnement' },
  plural: { en: 'Subscriptions', fr: 'Abonnements', de: 'Abonnements' },
  group: 'platform',
  fields: {
    vendor: vendorLabel,
    platform: platformLabel,
    tier: { label: { en: 'Tier', fr: 'Formule', de: 'Tarif' } },
    status: {
      label: { en: 'Status', fr: 'Statut', de: 'Status' },
      options: {
        trialing: { en: 'Trialing', fr: 'Période d’essai', de: 'Testphase' },
        active: { en: 'Active', fr: 'Actif', de: 'Aktiv' },
        past_due: { en: 'Past due', fr: 'Paiement en retard', de: 'Zahlung überfällig' },
        canceled: { en: 'Canceled', fr: 'Résilié', de: 'Gekündigt' },
        expired: { en: 'Expired', fr: 'Expiré', de: 'Abgelaufen' },
      },
    },
    billingPeriod: {
      label: { en: 'Billing period', fr: 'Périodicité de facturation', de: 'Abrechnungszeitraum' },
      options: {
        monthly: { en: 'Monthly', fr: 'Mensuelle', de: 'Monatlich' },
        annual: { en: 'Annual', fr: 'Annuelle', de: 'Jährlich' },
      },
    },
    trialEndsAt: { label: { en: 'Trial ends', fr: 'Fin de l’essai', de: 'Testphase endet am' } },
    currentPeriodStart: {
      label: { en: 'Current period start', fr: 'Début de la période en cours', de: 'Beginn des laufenden Zeitraums' },
    },
    currentPeriodEnd: {
      label: { en: 'Current period end', fr: 'Fin de la période en cours', de: 'Ende des laufenden Zeitraums' },
    },
    ordersThisPeriod: {
      label: { en: 'Orders this period', fr: 'Commandes sur la période', de: 'Bestellungen im Zeitraum' },
    },
    addOns: { label: { en: 'Add-ons', fr: 'Options', de: 'Zusatzoptionen' } },
    stripeCustomerId: { label: { en: 'Stripe customer ID', fr: 'ID client Stripe', de: 'Stripe-Kunden-ID' } },
    stripeSubscriptionId: {
      label: { en: 'Stripe subscription ID', fr: 'ID d’abonnement Stripe', de: 'Stripe-Abonnement-ID' },
    },
    pendingTier: { label: { en: 'Next tier', fr: 'Prochaine formule', de: 'Nächster Tarif' } },
    pendingBillingPeriod: {
      label: { en: 'Next billing period', fr: 'Prochaine périodicité', de: 'Nächster Abrechnungszeitraum' },
      options: {
        monthly: { en: 'Monthly', fr: 'Mensuelle', de: 'Monatlich' },
        annual: { en: 'Annual', fr: 'Annuelle', de: 'Jährlich' },
      },
    },
    pendingChangeAt: { label: { en: 'Change takes effect', fr: 'Changement effectif le', de: 'Änderung wirksam am' } },
    cancelAtPeriodEnd: {
      label: { en: 'Cancels at period end', fr: 'Résiliation en fin de période', de: 'Kündigung zum Periodenende' },
    },
    stripeScheduleId: {
      label: { en: 'Stripe schedule ID', fr: 'ID de planification Stripe', de: 'Stripe-Zeitplan-ID' },
    },
    dunningSince: {
      label: { en: 'Payment failing since', fr: 'Paiement en échec depuis', de: 'Zahlung fehlgeschlagen seit' },
    },
    dunningGraceEndsAt: { label: { en: 'Grace period ends', fr: 'Fin du délai de grâce', de: 'Nachfrist endet am' } },
    dunningRemindersSent: { label: { en: 'Reminders sent', fr: 'Relances envoyées', de: 'Gesendete Erinnerungen' } },
    dunningReadOnly: {
      label: {
        en: 'Read-only (grace period over)',
        fr: 'Lecture seule (délai de grâce écoulé)',
        de: 'Schreibgeschützt (Nachfrist abgelaufen)',
      },
    },
  },
}
