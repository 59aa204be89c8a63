import { siteText } from '@/i18n/site'
import type { Locale } from '@/services/locales'
import type { PricingAddOn } from '@/services/pricing/platformPricing'
import { formatMoney } from '@/services/pricing/pricingDisplay'

export function AddOnList({ addOns, locale }: { addOns: PricingAddOn[]; locale: Locale }) {
  const text = siteText(locale)
  if (addOns.length === 0) return null
  return (
    <section className="section" aria-labelledby="add-ons">
      <h2 id="add-ons">{text.addOns.heading}</h2>
      <p className="section__intro">{text.addOns.intro}</p>
      <ul className="add-ons">
        {addOns.map((addOn) => (
          <li key={addOn.code} data-add-on={addOn.code}>
            <span>{addOn.name}</span>
            <strong>
              {formatMoney(addOn.price, locale)} {text.addOns.interval[addOn.interval]}
            </strong>
          </li>
        ))}
      </ul>
    </section>
  )
}
