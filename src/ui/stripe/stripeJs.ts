/** The part of Stripe.js (v3) our card forms use (the signup wizard, the admin billing page), typed as Stripe documents it. */
export type StripeCardElement = {
  mount(target: HTMLElement): void
  destroy(): void
  focus(): void
  on(event: 'change', handler: (event: { error?: { message: string } }) => void): void
}
export type StripeError = { type: string; code?: string; decline_code?: string; message?: string }
export type StripeClient = {
  elements(options?: { locale?: string }): {
    create(type: 'card', options?: Record<string, unknown>): StripeCardElement
  }
  confirmCardSetup(
    clientSecret: string,
    data: { payment_method: { card: StripeCardElement } },
  ): Promise<{ setupIntent?: { id: string; status: string }; error?: StripeError }>
}
type StripeFactory = (publishableKey: string, options?: { locale?: string }) => StripeClient

declare global {
  interface Window {
    Stripe?: StripeFactory
  }
}

let loading: Promise<StripeFactory> | null = null

/** Loads Stripe.js once from `url` (https://js.stripe.com/v3, or the stand-in's) and answers its `Stripe` factory. */
export function loadStripeJs(url: string): Promise<StripeFactory> {
  if (window.Stripe) return Promise.resolve(window.Stripe)
  loading ??= new Promise<StripeFactory>((resolve, reject) => {
    const script = document.createElement('script')
    script.src = url
    script.async = true
    script.onload = () =>
      window.Stripe ? resolve(window.Stripe) : reject(new Error('Stripe.js loaded without Stripe()'))
    script.onerror = () => reject(new Error(`Stripe.js could not be loaded from ${url}`))
    document.head.appendChild(script)
  }).catch((error: unknown) => {
    loading = null
    throw error
  })
  return loading
}
