import { describe, expect, it } from 'vitest'

import { securityHeaders } from '@/services/securityHeaders'

describe('security headers', () => {
  it('add HSTS in production only, and no eval or WebSocket sources there', () => {
    const production = securityHeaders({ production: true })
    expect(production['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains')
    expect(production['Content-Security-Policy']).not.toContain('unsafe-eval')
    expect(production['Content-Security-Policy']).not.toContain('ws:')
    const development = securityHeaders({ production: false })
    expect(development['Strict-Transport-Security']).toBeUndefined()
    expect(development['Content-Security-Policy']).toContain("'unsafe-eval'")
  })

  it('name no CDN: scripts, styles and fonts only from our own origin (and Stripe for scripts)', () => {
    const policy = securityHeaders({ production: true })['Content-Security-Policy']
    expect(policy).not.toContain('jsdelivr')
    expect(policy).toContain("script-src 'self' 'unsafe-inline' https://js.stripe.com;")
    expect(policy).toContain("style-src 'self' 'unsafe-inline';")
    expect(policy).toContain("font-src 'self' data:;")
  })

  it('refuse a STRIPE_JS_URL that is not a URL', () => {
    expect(() => securityHeaders({ production: true, stripeJsUrl: 'js.stripe.com' })).toThrow(
      /STRIPE_JS_URL must be an absolute URL/,
    )
  })
})
