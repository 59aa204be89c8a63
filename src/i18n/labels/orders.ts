import { cents, platformLabel, vendorLabel } from './sharedFields'
import type { CollectionLabels } from './types'

export const orders: CollectionLabels = {
  singular: { en: 'Order', fr: 'Commande', de: 'Bestellung' },
  plural: { en: 'Orders', fr: 'Commandes', de: 'Bestellungen' },
  group: 'shop',
  fields: {
    vendor: vendorLabel,
    platform: platformLabel,
    source: {
      label: { en: 'Source', fr: 'Origine', de: 'Herkunft' },
      options: {
        direct: { en: 'Direct', fr: 'Directe', de: 'Direkt' },
        letzshop: { en: 'Letzshop', fr: 'Letzshop', de: 'Letzshop' },
      },
    },
    externalId: {
      label: { en: 'Letzshop order ID', fr: 'N° de commande Letzshop', de: 'Letzshop-Bestellnummer' },
      description: {
        en: 'The order id on Letzshop.',
        fr: 'L’identifiant de la commande sur Letzshop.',
        de: 'Die Kennung der Bestellung auf Letzshop.',
      },
    },
    customerName: { label: { en: 'Customer name', fr: 'Nom du client', de: 'Name des Kunden' } },
    customerEmail: { label: { en: 'Customer email', fr: 'E-mail du client', de: 'E-Mail des Kunden' } },
    lines: {
      label: { en: 'Order lines', fr: 'Lignes de commande', de: 'Bestellpositionen' },
      rows: {
        singular: { en: 'Line', fr: 'Ligne', de: 'Position' },
        plural: { en: 'Lines', fr: 'Lignes', de: 'Positionen' },
      },
    },
    'lines.description': { label: { en: 'Description', fr: 'Description', de: 'Beschreibung' } },
    'lines.sku': { label: { en: 'SKU', fr: 'Référence (SKU)', de: 'Artikelnummer (SKU)' } },
    'lines.quantity': { label: { en: 'Quantity', fr: 'Quantité', de: 'Menge' } },
    'lines.unitPrice': cents({ en: 'Unit price', fr: 'Prix unitaire', de: 'Stückpreis' }),
    'lines.lineTotal': { label: { en: 'Line total', fr: 'Total de la ligne', de: 'Positionssumme' } },
    'lines.product': { label: { en: 'Product', fr: 'Produit', de: 'Produkt' } },
    'lines.letzshopUnitId': {
      label: { en: 'Letzshop unit ID', fr: 'N° d’unité Letzshop', de: 'Letzshop-Einheitennummer' },
    },
    'lines.letzshopState': {
      label: { en: 'Letzshop answer', fr: 'Réponse Letzshop', de: 'Letzshop-Antwort' },
      options: {
        unconfirmed: { en: 'Not answered', fr: 'Sans réponse', de: 'Unbeantwortet' },
        confirmed_available: { en: 'Available', fr: 'Disponible', de: 'Verfügbar' },
        confirmed_unavailable: { en: 'Unavailable', fr: 'Indisponible', de: 'Nicht verfügbar' },
      },
    },
    'lines.letzshopSent': {
      label: { en: 'Answer sent to Letzshop', fr: 'Réponse envoyée à Letzshop', de: 'Antwort an Letzshop gesendet' },
    },
    total: {
      label: { en: 'Total', fr: 'Total', de: 'Gesamtbetrag' },
      description: {
        en: 'Computed from the lines.',
        fr: 'Calculé à partir des lignes.',
        de: 'Aus den Positionen berechnet.',
      },
    },
    status: {
      label: { en: 'Status', fr: 'Statut', de: 'Status' },
      options: {
        pending: { en: 'Pending', fr: 'En attente', de: 'Offen' },
        confirmed: { en: 'Confirmed', fr: 'Confirmée', de: 'Bestätigt' },
        shipped: { en: 'Shipped', fr: 'Expédiée', de: 'Versandt' },
        delivered: { en: 'Delivered', fr: 'Livrée', de: 'Zugestellt' },
        canceled: { en: 'Canceled', fr: 'Annulée', de: 'Storniert' },
        returned: { en: 'Returned', fr: 'Retournée', de: 'Zurückgesendet' },
      },
    },
    shippingAddress: { label: { en: 'Shipping address', fr: 'Adresse de livraison', de: 'Lieferadresse' } },
    'shippingAddress.name': { label: { en: 'Name', fr: 'Nom', de: 'Name' } },
    'shippingAddress.street': { label: { en: 'Street', fr: 'Rue', de: 'Straße' } },
    'shippingAddress.postalCode': { label: { en: 'Postal code', fr: 'Code postal', de: 'Postleitzahl' } },
    'shippingAddress.city': { label: { en: 'City', fr: 'Ville', de: 'Ort' } },
    'shippingAddress.country': { label: { en: 'Country', fr: 'Pays', de: 'Land' } },
    trackingNumber: { label: { en: 'Tracking number', fr: 'N° de suivi', de: 'Sendungsnummer' } },
    trackingSent: {
      label: {
        en: 'Tracking sent to Letzshop',
        fr: 'Suivi envoyé à Letzshop',
        de: 'Sendungsnummer an Letzshop gesendet',
      },
    },
    placedAt: { label: { en: 'Placed on', fr: 'Passée le', de: 'Bestellt am' } },
  },
}
