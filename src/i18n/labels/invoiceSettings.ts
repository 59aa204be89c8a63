import { languageOptions, platformLabel, vendorLabel } from './sharedFields'
import type { CollectionLabels } from './types'

export const invoiceSettings: CollectionLabels = {
  singular: {
    en: 'Customer invoice settings',
    fr: 'Réglages des factures clients',
    de: 'Einstellungen für Kundenrechnungen',
  },
  plural: {
    en: 'Customer invoice settings',
    fr: 'Réglages des factures clients',
    de: 'Einstellungen für Kundenrechnungen',
  },
  description: {
    en: 'Who you are on your invoices, and how they are numbered. Issued invoices keep the details they were issued with.',
    fr: 'Ce qui figure sur vos factures à votre sujet, et leur numérotation. Les factures émises gardent les données du jour de leur émission.',
    de: 'Ihre Angaben auf Ihren Rechnungen und deren Nummerierung. Ausgestellte Rechnungen behalten die Angaben vom Tag ihrer Ausstellung.',
  },
  group: 'customerInvoicing',
  fields: {
    vendor: vendorLabel,
    platform: platformLabel,
    legalName: {
      label: { en: 'Legal name', fr: 'Raison sociale', de: 'Firmenname' },
      description: {
        en: 'Your company name as registered (e.g. "LuxCraft S.à r.l.").',
        fr: 'Le nom de votre entreprise tel qu’immatriculé (p. ex. « LuxCraft S.à r.l. »).',
        de: 'Der eingetragene Name Ihres Unternehmens (z. B. „LuxCraft S.à r.l.“).',
      },
    },
    address: { label: { en: 'Address', fr: 'Adresse', de: 'Anschrift' } },
    'address.street': { label: { en: 'Street', fr: 'Rue', de: 'Straße' } },
    'address.postalCode': { label: { en: 'Postal code', fr: 'Code postal', de: 'Postleitzahl' } },
    'address.city': { label: { en: 'City', fr: 'Localité', de: 'Ort' } },
    'address.country': {
      label: { en: 'Country', fr: 'Pays', de: 'Land' },
      description: {
        en: 'Your VAT number must be of this country.',
        fr: 'Votre numéro de TVA doit être de ce pays.',
        de: 'Ihre USt-IdNr. muss aus diesem Land sein.',
      },
    },
    vatNumber: {
      label: { en: 'VAT number', fr: 'Numéro de TVA', de: 'USt-IdNr.' },
      description: {
        en: 'e.g. LU26375245; checked (format and checksum) against your address country.',
        fr: 'p. ex. LU26375245 ; vérifié (format et clé de contrôle) par rapport au pays de votre adresse.',
        de: 'z. B. LU26375245; geprüft (Format und Prüfziffer) gegen das Land Ihrer Anschrift.',
      },
    },
    vatStatus: {
      label: { en: 'VAT status', fr: 'Statut TVA', de: 'USt.-Status' },
      description: {
        en: 'Registered: your invoices charge VAT and need your VAT number. Franchise: Luxembourg’s franchise for small enterprises (Art. 57 of the VAT law), for Luxembourg sellers under the threshold: no VAT, with the legal mention.',
        fr: 'Assujetti : vos factures portent la TVA et exigent votre numéro de TVA. Franchise : régime de franchise des petites entreprises (art. 57 de la loi TVA), pour les vendeurs luxembourgeois sous le seuil : sans TVA, avec la mention légale.',
        de: 'Registriert: Ihre Rechnungen enthalten USt. und brauchen Ihre USt-IdNr. Franchise: luxemburgische Kleinunternehmerregelung (Art. 57 MwSt-Gesetz) für luxemburgische Verkäufer unter der Grenze: ohne USt., mit dem Pflichthinweis.',
      },
      options: {
        registered: { en: 'VAT-registered', fr: 'Assujetti à la TVA', de: 'Umsatzsteuerpflichtig' },
        franchise: {
          en: 'Franchise for small enterprises',
          fr: 'Régime de franchise',
          de: 'Kleinunternehmerregelung',
        },
      },
    },
    taxNumber: {
      label: { en: 'Tax number', fr: 'Matricule fiscal', de: 'Steuernummer' },
      description: {
        en: 'Under the franchise without a VAT number: your national tax number, printed and sent as the seller’s tax registration (BT-32).',
        fr: 'Sous le régime de franchise sans numéro de TVA : votre matricule fiscal, imprimé et transmis comme identifiant fiscal du vendeur (BT-32).',
        de: 'Unter der Kleinunternehmerregelung ohne USt-IdNr.: Ihre Steuernummer, aufgedruckt und als Steuerregistrierung des Verkäufers (BT-32) übermittelt.',
      },
    },
    rcsNumber: {
      label: { en: 'Trade register number (RCS)', fr: 'Numéro RCS', de: 'Handelsregisternummer (RCS)' },
      description: { en: 'e.g. B123456.', fr: 'p. ex. B123456.', de: 'z. B. B123456.' },
    },
    email: { label: { en: 'Email on invoices', fr: 'E-mail sur les factures', de: 'E-Mail auf Rechnungen' } },
    electronicAddress: {
      label: {
        en: 'Electronic address (Peppol)',
        fr: 'Adresse électronique (Peppol)',
        de: 'Elektronische Adresse (Peppol)',
      },
      description: {
        en: 'Where e-invoices reach you: a scheme of the EAS list and your identifier in it, e.g. 9938 + LU26375245. Empty: the one your VAT number gives.',
        fr: 'Là où les factures électroniques vous parviennent : un schéma de la liste EAS et votre identifiant, p. ex. 9938 + LU26375245. Vide : celle que donne votre numéro de TVA.',
        de: 'Wo E-Rechnungen Sie erreichen: ein Schema der EAS-Liste und Ihre Kennung darin, z. B. 9938 + LU26375245. Leer: die Ihrer USt-IdNr.',
      },
    },
    'electronicAddress.scheme': { label: { en: 'Scheme (EAS)', fr: 'Schéma (EAS)', de: 'Schema (EAS)' } },
    'electronicAddress.identifier': { label: { en: 'Identifier', fr: 'Identifiant', de: 'Kennung' } },
    iban: {
      label: { en: 'IBAN', fr: 'IBAN', de: 'IBAN' },
      description: {
        en: 'Printed for payment; spaces are removed and the check digits verified.',
        fr: 'Imprimé pour le paiement ; les espaces sont retirés et la clé de contrôle vérifiée.',
        de: 'Für die Zahlung aufgedruckt; Leerzeichen werden entfernt und die Prüfziffern geprüft.',
      },
    },
    bic: {
      label: { en: 'BIC', fr: 'BIC', de: 'BIC' },
      description: {
        en: '8 or 11 characters, e.g. BCEELULL.',
        fr: '8 ou 11 caractères, p. ex. BCEELULL.',
        de: '8 oder 11 Zeichen, z. B. BCEELULL.',
      },
    },
    numberPrefix: {
      label: { en: 'Invoice number prefix', fr: 'Préfixe des numéros de facture', de: 'Präfix der Rechnungsnummern' },
      description: {
        en: 'Replaces {prefix} in the pattern, e.g. INV-.',
        fr: 'Remplace {prefix} dans le modèle, p. ex. FA-.',
        de: 'Ersetzt {prefix} im Muster, z. B. RE-.',
      },
    },
    numberPattern: {
      label: { en: 'Invoice number pattern', fr: 'Modèle des numéros de facture', de: 'Muster der Rechnungsnummern' },
      description: {
        en: '{prefix}, {year} and {seq} (the running number; {seq:05} pads it to 5 digits). Numbers are gapless and restart each year when the pattern has {year}.',
        fr: '{prefix}, {year} et {seq} (le numéro courant ; {seq:05} le complète à 5 chiffres). Les numéros se suivent sans trou et repartent chaque année si le modèle contient {year}.',
        de: '{prefix}, {year} und {seq} (die laufende Nummer; {seq:05} füllt sie auf 5 Stellen auf). Die Nummern sind lückenlos und beginnen jedes Jahr neu, wenn das Muster {year} enthält.',
      },
    },
    creditNotePrefix: {
      label: { en: 'Credit note prefix', fr: 'Préfixe des avoirs', de: 'Präfix der Rechnungskorrekturen' },
      description: {
        en: 'Credit notes have their own series, e.g. CN-.',
        fr: 'Les avoirs ont leur propre série, p. ex. AV-.',
        de: 'Rechnungskorrekturen haben eine eigene Serie, z. B. RK-.',
      },
    },
    creditNotePattern: {
      label: { en: 'Credit note pattern', fr: 'Modèle des avoirs', de: 'Muster der Rechnungskorrekturen' },
      description: {
        en: 'Same placeholders as the invoice pattern.',
        fr: 'Mêmes variables que le modèle des factures.',
        de: 'Dieselben Platzhalter wie im Rechnungsmuster.',
      },
    },
    paymentTermsDays: {
      label: { en: 'Payment terms (days)', fr: 'Délai de paiement (jours)', de: 'Zahlungsziel (Tage)' },
      description: {
        en: 'The due date is the issue date plus these days.',
        fr: 'L’échéance est la date d’émission plus ce nombre de jours.',
        de: 'Fälligkeit = Ausstellungsdatum plus diese Tage.',
      },
    },
    footer: {
      label: { en: 'Footer', fr: 'Pied de page', de: 'Fußzeile' },
      description: {
        en: 'Printed at the bottom of every invoice.',
        fr: 'Imprimé en bas de chaque facture.',
        de: 'Wird unten auf jeder Rechnung gedruckt.',
      },
    },
    logoFile: {
      label: { en: 'Logo', fr: 'Logo', de: 'Logo' },
      description: {
        en: 'A PNG or JPEG of at most 1 MB, printed at the top of your invoices (scaled to fit 600 × 240 pixels).',
        fr: 'Un PNG ou JPEG de 1 Mo au plus, imprimé en haut de vos factures (réduit pour tenir dans 600 × 240 pixels).',
        de: 'Ein PNG oder JPEG von höchstens 1 MB, oben auf Ihren Rechnungen gedruckt (auf 600 × 240 Pixel verkleinert).',
      },
    },
    language: {
      label: { en: 'Language of your invoices', fr: 'Langue de vos factures', de: 'Sprache Ihrer Rechnungen' },
      description: {
        en: 'New invoices are written in it unless you choose the customer’s language.',
        fr: 'Les nouvelles factures sont rédigées dans cette langue, sauf si vous choisissez celle du client.',
        de: 'Neue Rechnungen werden in dieser Sprache verfasst, außer Sie wählen die des Kunden.',
      },
      options: languageOptions,
    },
    ossRegistered: {
      label: { en: 'Registered for OSS', fr: 'Inscrit au guichet unique (OSS)', de: 'Für OSS registriert' },
      description: {
        en: 'Tick if you declare EU distance sales through the One-Stop Shop: consumers in other member states are then charged their country’s VAT.',
        fr: 'Cochez si vous déclarez vos ventes à distance dans l’UE via le guichet unique : les consommateurs des autres États membres paient alors la TVA de leur pays.',
        de: 'Ankreuzen, wenn Sie EU-Fernverkäufe über den One-Stop-Shop melden: Verbraucher in anderen Mitgliedstaaten zahlen dann die USt. ihres Landes.',
      },
    },
    euDistanceSalesPreviousYear: {
      label: {
        en: 'EU distance sales last year',
        fr: 'Ventes à distance UE l’an dernier',
        de: 'EU-Fernverkäufe im Vorjahr',
      },
      description: {
        en: 'Your sales to consumers in other EU countries last calendar year. With this year’s invoices, it decides when the EUR 10,000 threshold is passed.',
        fr: 'Vos ventes à des consommateurs d’autres pays de l’UE l’année civile passée. Avec les factures de cette année, elles décident quand le seuil de 10 000 EUR est franchi.',
        de: 'Ihre Verkäufe an Verbraucher in anderen EU-Ländern im letzten Kalenderjahr. Zusammen mit den Rechnungen dieses Jahres entscheiden sie, wann die Schwelle von 10.000 EUR überschritten ist.',
      },
    },
    turnoverPreviousYear: {
      label: { en: 'Turnover last year', fr: 'Chiffre d’affaires de l’an dernier', de: 'Umsatz im Vorjahr' },
      description: {
        en: 'In cents, excluding VAT. Under the franchise, it must not exceed the threshold (EUR 50,000 since 2025).',
        fr: 'En centimes, hors TVA. Sous le régime de franchise, il ne doit pas dépasser le seuil (50 000 EUR depuis 2025).',
        de: 'In Cent, ohne USt. Unter der Kleinunternehmerregelung darf er die Grenze (50.000 EUR seit 2025) nicht übersteigen.',
      },
    },
  },
}
