import type { Translated } from '../languages'

import { languageOptions, platformLabel, vendorLabel } from './sharedFields'
import type { CollectionLabels, FieldLabels } from './types'

const l = (en: string, fr: string, de: string): FieldLabels => ({ label: { en, fr, de } })
const rows = (singular: Translated, plural: Translated) => ({ singular, plural })

const address = (prefix: string): Record<string, FieldLabels> => ({
  [`${prefix}`]: l('Address', 'Adresse', 'Anschrift'),
  [`${prefix}.street`]: l('Street', 'Rue', 'Straße'),
  [`${prefix}.postalCode`]: l('Postal code', 'Code postal', 'Postleitzahl'),
  [`${prefix}.city`]: l('City', 'Localité', 'Ort'),
  [`${prefix}.country`]: l('Country', 'Pays', 'Land'),
})

export const invoices: CollectionLabels = {
  singular: { en: 'Customer invoice', fr: 'Facture client', de: 'Kundenrechnung' },
  plural: { en: 'Customer invoices', fr: 'Factures clients', de: 'Kundenrechnungen' },
  description: {
    en: 'Drafts are priced by the server; issuing numbers them (gapless) and freezes them. Correct an issued invoice with a credit note.',
    fr: 'Les brouillons sont calculés par le serveur ; l’émission les numérote (sans trou) et les fige. Corrigez une facture émise par un avoir.',
    de: 'Entwürfe berechnet der Server; das Ausstellen nummeriert sie (lückenlos) und friert sie ein. Korrigieren Sie eine ausgestellte Rechnung mit einer Rechnungskorrektur.',
  },
  group: 'customerInvoicing',
  fields: {
    vendor: vendorLabel,
    platform: platformLabel,
    number: l('Number', 'Numéro', 'Nummer'),
    kind: {
      label: { en: 'Kind', fr: 'Type', de: 'Art' },
      options: {
        invoice: { en: 'Invoice', fr: 'Facture', de: 'Rechnung' },
        credit_note: { en: 'Credit note', fr: 'Avoir', de: 'Rechnungskorrektur' },
      },
    },
    status: {
      label: { en: 'Status', fr: 'Statut', de: 'Status' },
      options: {
        draft: { en: 'Draft', fr: 'Brouillon', de: 'Entwurf' },
        issued: { en: 'Issued', fr: 'Émise', de: 'Ausgestellt' },
        paid: { en: 'Paid', fr: 'Payée', de: 'Bezahlt' },
        credited: { en: 'Credited', fr: 'Annulée par avoir', de: 'Gutgeschrieben' },
      },
    },
    order: l('Order', 'Commande', 'Bestellung'),
    supply: {
      label: { en: 'Supply of', fr: 'Livraison de', de: 'Leistungsart' },
      description: {
        en: 'Goods: intra-community B2B sales are exempt (Art. 138). Services: B2B sales abroad are reverse charged (Art. 196).',
        fr: 'Biens : les ventes B2B intracommunautaires sont exonérées (art. 138). Services : les ventes B2B à l’étranger sont autoliquidées (art. 196).',
        de: 'Waren: innergemeinschaftliche B2B-Lieferungen sind steuerfrei (Art. 138). Dienstleistungen: B2B-Leistungen ins Ausland im Reverse-Charge-Verfahren (Art. 196).',
      },
      options: {
        goods: { en: 'Goods', fr: 'Biens', de: 'Waren' },
        services: { en: 'Services', fr: 'Services', de: 'Dienstleistungen' },
      },
    },
    customer: l('Customer', 'Client', 'Kunde'),
    'customer.name': l('Name', 'Nom', 'Name'),
    'customer.email': l('Email', 'E-mail', 'E-Mail'),
    'customer.type': {
      label: { en: 'Customer type', fr: 'Type de client', de: 'Kundenart' },
      options: {
        consumer: { en: 'Consumer', fr: 'Particulier', de: 'Verbraucher' },
        business: { en: 'Business', fr: 'Entreprise', de: 'Unternehmen' },
      },
    },
    'customer.vatNumber': {
      label: { en: 'VAT number', fr: 'Numéro de TVA', de: 'USt-IdNr.' },
      description: {
        en: 'A number that fails the checks, or of another country than the address, makes the sale B2C.',
        fr: 'Un numéro qui échoue aux contrôles, ou d’un autre pays que l’adresse, rend la vente B2C.',
        de: 'Eine Nummer, die die Prüfung nicht besteht oder aus einem anderen Land als die Anschrift stammt, macht den Verkauf zu B2C.',
      },
    },
    'customer.electronicAddress': {
      label: {
        en: 'Electronic address (Peppol)',
        fr: 'Adresse électronique (Peppol)',
        de: 'Elektronische Adresse (Peppol)',
      },
      description: {
        en: "The buyer's Peppol address. Empty: the one a valid business VAT number gives; consumers have none.",
        fr: 'L’adresse Peppol de l’acheteur. Vide : celle que donne un numéro de TVA d’entreprise valide ; les particuliers n’en ont pas.',
        de: 'Die Peppol-Adresse des Käufers. Leer: die einer gültigen USt-IdNr. eines Unternehmens; Verbraucher haben keine.',
      },
    },
    'customer.electronicAddress.scheme': l('Scheme (EAS)', 'Schéma (EAS)', 'Schema (EAS)'),
    'customer.electronicAddress.identifier': l('Identifier', 'Identifiant', 'Kennung'),
    ...address('customer.address'),
    'customer.locale': {
      label: { en: 'Language', fr: 'Langue', de: 'Sprache' },
      description: {
        en: 'The invoice is written in it; new invoices start in your shop’s language (invoice settings).',
        fr: 'La facture est rédigée dans cette langue ; une nouvelle facture prend celle de votre boutique (paramètres de facturation).',
        de: 'Die Rechnung wird in dieser Sprache verfasst; neue Rechnungen beginnen in der Sprache Ihres Shops (Rechnungseinstellungen).',
      },
      options: languageOptions,
    },
    lines: {
      label: { en: 'Lines', fr: 'Lignes', de: 'Positionen' },
      rows: rows({ en: 'Line', fr: 'Ligne', de: 'Position' }, { en: 'Lines', fr: 'Lignes', de: 'Positionen' }),
    },
    'lines.description': l('Description', 'Description', 'Beschreibung'),
    'lines.quantity': l('Quantity', 'Quantité', 'Menge'),
    'lines.unitPrice': {
      label: { en: 'Unit price', fr: 'Prix unitaire', de: 'Stückpreis' },
      description: { en: 'In euros, excluding VAT.', fr: 'En euros, hors TVA.', de: 'In Euro, ohne USt.' },
    },
    'lines.vatCategory': {
      label: { en: 'VAT category', fr: 'Catégorie de TVA', de: 'USt.-Kategorie' },
      options: {
        standard: { en: 'Standard', fr: 'Normal', de: 'Normal' },
        reduced: { en: 'Reduced', fr: 'Réduit', de: 'Ermäßigt' },
        super_reduced: { en: 'Super-reduced', fr: 'Super réduit', de: 'Stark ermäßigt' },
        zero: { en: 'Zero', fr: 'Zéro', de: 'Null' },
      },
    },
    'lines.vatRate': l('VAT rate (%)', 'Taux de TVA (%)', 'USt.-Satz (%)'),
    'lines.net': l('Net', 'HT', 'Netto'),
    'lines.vat': l('VAT', 'TVA', 'USt.'),
    'lines.gross': l('Gross', 'TTC', 'Brutto'),
    vatBreakdown: {
      label: { en: 'VAT breakdown', fr: 'Ventilation de la TVA', de: 'USt.-Aufschlüsselung' },
      rows: rows({ en: 'Rate', fr: 'Taux', de: 'Satz' }, { en: 'Rates', fr: 'Taux', de: 'Sätze' }),
    },
    'vatBreakdown.vatRate': l('VAT rate (%)', 'Taux de TVA (%)', 'USt.-Satz (%)'),
    'vatBreakdown.net': l('Net', 'HT', 'Netto'),
    'vatBreakdown.vat': l('VAT', 'TVA', 'USt.'),
    totals: {
      label: { en: 'Totals', fr: 'Totaux', de: 'Summen' },
      description: {
        en: 'Computed by the server from the lines when you save.',
        fr: 'Calculés par le serveur à partir des lignes à l’enregistrement.',
        de: 'Vom Server beim Speichern aus den Positionen berechnet.',
      },
    },
    'totals.net': l('Net', 'HT', 'Netto'),
    'totals.vat': l('VAT', 'TVA', 'USt.'),
    'totals.gross': l('Gross', 'TTC', 'Brutto'),
    currency: {
      label: { en: 'Currency', fr: 'Devise', de: 'Währung' },
      options: { EUR: { en: 'Euro', fr: 'Euro', de: 'Euro' } },
    },
    supplyDate: {
      label: { en: 'Date of supply', fr: 'Date de livraison', de: 'Leistungsdatum' },
      description: {
        en: 'The VAT rates in force on this day apply.',
        fr: 'Les taux de TVA en vigueur ce jour-là s’appliquent.',
        de: 'Es gelten die an diesem Tag gültigen USt.-Sätze.',
      },
    },
    issueDate: l('Issue date', 'Date d’émission', 'Ausstellungsdatum'),
    dueDate: l('Due date', 'Échéance', 'Fälligkeitsdatum'),
    creditNoteFor: l('Credit note for', 'Avoir sur la facture', 'Rechnungskorrektur zu'),
    vatTreatment: {
      label: { en: 'VAT treatment', fr: 'Régime de TVA', de: 'USt.-Behandlung' },
      options: {
        domestic: { en: 'Domestic', fr: 'National', de: 'Inland' },
        origin: {
          en: 'Origin (seller’s VAT)',
          fr: 'Origine (TVA du vendeur)',
          de: 'Ursprungsland (USt. des Verkäufers)',
        },
        oss: {
          en: 'OSS (customer country’s VAT)',
          fr: 'OSS (TVA du pays du client)',
          de: 'OSS (USt. des Kundenlandes)',
        },
        intra_community_exempt: {
          en: 'Intra-community, exempt',
          fr: 'Intracommunautaire, exonérée',
          de: 'Innergemeinschaftlich, steuerfrei',
        },
        reverse_charge: { en: 'Reverse charge', fr: 'Autoliquidation', de: 'Reverse Charge' },
        export: { en: 'Export', fr: 'Exportation', de: 'Ausfuhr' },
        franchise: {
          en: 'Franchise for small enterprises (no VAT)',
          fr: 'Régime de franchise (sans TVA)',
          de: 'Kleinunternehmerregelung (ohne USt.)',
        },
      },
    },
    vatNote: l('VAT note', 'Mention de TVA', 'USt.-Hinweis'),
    customerVatValid: l('Customer VAT number valid', 'N° de TVA du client valide', 'USt-IdNr. des Kunden gültig'),
    rateCountry: l('Country of the rates', 'Pays des taux', 'Land der Steuersätze'),
    vies: l('VIES check', 'Contrôle VIES', 'VIES-Prüfung'),
    'vies.status': {
      label: { en: 'Result', fr: 'Résultat', de: 'Ergebnis' },
      options: {
        valid: { en: 'Valid', fr: 'Valide', de: 'Gültig' },
        invalid: { en: 'Invalid', fr: 'Invalide', de: 'Ungültig' },
        unavailable: { en: 'Unavailable', fr: 'Indisponible', de: 'Nicht erreichbar' },
      },
    },
    'vies.checkedAt': l('Checked at', 'Contrôlé le', 'Geprüft am'),
    'vies.vatNumber': l('VAT number checked', 'N° de TVA contrôlé', 'Geprüfte USt-IdNr.'),
    'vies.name': l('Registered name', 'Nom enregistré', 'Eingetragener Name'),
    'vies.address': l('Registered address', 'Adresse enregistrée', 'Eingetragene Anschrift'),
    'vies.requestIdentifier': l('Consultation number', 'Numéro de consultation', 'Abfragenummer'),
    'vies.error': l('Error', 'Erreur', 'Fehler'),
    sellerSnapshot: {
      label: { en: 'Seller at issue', fr: 'Vendeur à l’émission', de: 'Verkäufer bei Ausstellung' },
      description: {
        en: 'The invoice settings as they were when the invoice was issued.',
        fr: 'Les paramètres de facturation tels qu’ils étaient à l’émission.',
        de: 'Die Rechnungseinstellungen zum Zeitpunkt der Ausstellung.',
      },
    },
  },
}
