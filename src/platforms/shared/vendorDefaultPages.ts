import type { PageCopy } from '../types'

/** The pages every vendor's storefront gets until the vendor writes its own (an override). */
export const vendorDefaultPages: PageCopy[] = [
  {
    slug: 'about',
    title: { en: 'About us', fr: 'À propos de nous', de: 'Über uns' },
    body: {
      en: ['We are a Luxembourg shop selling on Letzshop.', 'Every order is packed with care in Luxembourg.'],
      fr: [
        'Nous sommes une boutique luxembourgeoise présente sur Letzshop.',
        'Chaque commande est préparée avec soin au Luxembourg.',
      ],
      de: ['Wir sind ein luxemburgischer Shop auf Letzshop.', 'Jede Bestellung wird in Luxemburg sorgfältig verpackt.'],
    },
    showInHeader: true,
    sortOrder: 1,
  },
  {
    slug: 'shipping',
    title: { en: 'Shipping', fr: 'Livraison', de: 'Versand' },
    body: {
      en: ['Orders ship within two working days.', 'Delivery in Luxembourg is free from 50 EUR.'],
      fr: ['Les commandes partent sous deux jours ouvrables.', 'La livraison au Luxembourg est gratuite dès 50 EUR.'],
      de: [
        'Bestellungen werden innerhalb von zwei Werktagen versandt.',
        'Die Lieferung in Luxemburg ist ab 50 EUR kostenlos.',
      ],
    },
    showInHeader: true,
    showInFooter: true,
    sortOrder: 2,
  },
  {
    slug: 'returns',
    title: { en: 'Returns', fr: 'Retours', de: 'Rücksendungen' },
    body: {
      en: ['You may return any item within 14 days of delivery.'],
      fr: ['Vous pouvez retourner tout article dans les 14 jours suivant la livraison.'],
      de: ['Sie können jeden Artikel innerhalb von 14 Tagen nach Lieferung zurücksenden.'],
    },
    showInFooter: true,
    sortOrder: 3,
  },
  {
    slug: 'privacy',
    title: { en: 'Privacy policy', fr: 'Politique de confidentialité', de: 'Datenschutzerklärung' },
    body: {
      en: ['We process your data only to fulfil your orders, in line with the GDPR.'],
      fr: ['Nous traitons vos données uniquement pour exécuter vos commandes, conformément au RGPD.'],
      de: ['Wir verarbeiten Ihre Daten nur zur Abwicklung Ihrer Bestellungen, gemäß DSGVO.'],
    },
    template: 'legal',
    showInFooter: true,
    sortOrder: 4,
  },
  {
    slug: 'terms',
    title: { en: 'Terms and conditions', fr: 'Conditions générales', de: 'Allgemeine Geschäftsbedingungen' },
    body: {
      en: ['These terms apply to every order placed in this shop.'],
      fr: ['Ces conditions s’appliquent à toute commande passée dans cette boutique.'],
      de: ['Diese Bedingungen gelten für jede Bestellung in diesem Shop.'],
    },
    template: 'legal',
    showInFooter: true,
    sortOrder: 5,
  },
  {
    slug: 'contact',
    title: { en: 'Contact', fr: 'Contact', de: 'Kontakt' },
    body: {
      en: ['Write to us through Letzshop; we answer within one working day.'],
      fr: ['Écrivez-nous via Letzshop ; nous répondons sous un jour ouvrable.'],
      de: ['Schreiben Sie uns über Letzshop; wir antworten innerhalb eines Werktages.'],
    },
    template: 'contact',
    showInHeader: true,
    showInFooter: true,
    sortOrder: 6,
  },
]
