import { siteText } from '@/i18n/site'
import type { Locale } from '@/services/locales'

import { ContactForm } from './ContactForm'

type Props = { platformCode: string; address: string | null; locale: Locale }

/** The contact page's address (the platform's config) and its form. */
export function ContactSection({ platformCode, address, locale }: Props) {
  const text = siteText(locale).contact
  return (
    <section className="section contact" aria-labelledby="contact-heading">
      <h2 id="contact-heading">{text.heading}</h2>
      <p className="section__intro">{text.intro}</p>
      {address && (
        <p className="contact__address">
          {text.addressLabel}: <a href={`mailto:${address}`}>{address}</a>
        </p>
      )}
      <ContactForm platformCode={platformCode} locale={locale} />
    </section>
  )
}
