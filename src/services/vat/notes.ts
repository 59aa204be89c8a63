import type { VatInput, VatTreatment } from './types'

type Locale = VatInput['locale']

/**
 * The legal mentions printed on an invoice (Art. 226 Directive 2006/112/EC): the exemption or reverse-charge
 * reference, the export exemption, the OSS destination rate, the franchise for small enterprises (its wording from
 * the AED's guidance, see franchise.ts); none for domestic and origin-rate invoices.
 * Legal text rather than UI copy, so it lives here with the rule that selects it, not in the i18n messages.
 */
const NOTES: Record<Exclude<VatTreatment, 'domestic' | 'origin'>, Record<Locale, string>> = {
  intra_community_exempt: {
    en: 'Exempt intra-Community supply of goods, Art. 138 Directive 2006/112/EC',
    fr: 'Livraison intracommunautaire exonérée, art. 138 de la directive 2006/112/CE',
    de: 'Steuerfreie innergemeinschaftliche Lieferung, Art. 138 Richtlinie 2006/112/EG',
  },
  reverse_charge: {
    en: 'Reverse charge, Art. 196 Directive 2006/112/EC',
    fr: 'Autoliquidation, art. 196 de la directive 2006/112/CE',
    de: 'Steuerschuldnerschaft des Leistungsempfängers, Art. 196 Richtlinie 2006/112/EG',
  },
  export: {
    en: 'Export outside the EU, VAT exempt (Art. 146 Directive 2006/112/EC)',
    fr: "Exportation hors de l'UE, exonérée de TVA (art. 146 de la directive 2006/112/CE)",
    de: 'Ausfuhrlieferung in ein Drittland, steuerfrei (Art. 146 Richtlinie 2006/112/EG)',
  },
  franchise: {
    en: 'VAT not applicable – Article 57(1) of the amended Luxembourg VAT law of 12 February 1979 (franchise for small enterprises)',
    fr: 'TVA non applicable – article 57, paragraphe 1er, de la loi modifiée du 12 février 1979 concernant la taxe sur la valeur ajoutée (régime de franchise)',
    de: 'Keine Mehrwertsteuer – Art. 57 Abs. 1 des geänderten luxemburgischen Mehrwertsteuergesetzes vom 12. Februar 1979 (Kleinunternehmerregelung)',
  },
  oss: {
    en: 'VAT of the member state of destination, declared via the One-Stop Shop (OSS)',
    fr: "TVA de l'État membre de destination, déclarée via le guichet unique (OSS)",
    de: 'Umsatzsteuer des Bestimmungsmitgliedstaats, erklärt über den One-Stop-Shop (OSS)',
  },
}

export function vatNote(treatment: VatTreatment, locale: Locale): string | null {
  if (treatment === 'domestic' || treatment === 'origin') return null
  return NOTES[treatment][locale] ?? NOTES[treatment].en
}
