import { siteText } from '@/i18n/site'
import type { Locale } from '@/services/locales'
import type { PricingAddOn } from '@/services/pricing/platformPricing'
import { formatCount, formatMoney } from '@/services/pricing/pricingDisplay'

type Raised = keyof ReturnType<typeof siteText>['addOns']['raises']

/** An add-on named in the visitor's language from what it raises; the stored name otherwise. */
function addOnName(addOn: PricingAddOn, locale: Locale): string {
  const raises = siteText(locale).addOns.raises as Record<string, (n: string) => string>
  const name = addOn.raises && raises[addOn.raises.limit as Raised]
  return name ? name(formatCount(addOn.raises!.amount, locale)) : addOn.name
}

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
            <span>{addOnName(addOn, locale)}</span>
            <strong>
              {formatMoney(addOn.price, locale)} {text.addOns.interval[addOn.interval]}
            </strong>
          </li>
        ))}
      </ul>
    </section>
  )
}
