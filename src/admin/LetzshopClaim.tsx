import type { ServerProps } from 'payload'

import { requestLanguage, translate } from '@/i18n/t'
import { hasRole, userVendorIds } from '@/utilities/roles'

import { LetzshopClaimForm } from './LetzshopClaimForm'

/** The id of a vendor's claim card, so the dashboard's checklist can link to it. */
export const letzshopClaimAnchor = (vendorSlug: string) => `letzshop-claim-${vendorSlug}`

/**
 * Dashboard card for vendor owners whose vendor has no Letzshop shop yet (the claim step was skipped at signup,
 * e.g. while Letzshop was down): claim it here through POST /api/vendor/letzshop-claim.
 */
export async function LetzshopClaim({ i18n, payload, user }: ServerProps) {
  if (!user || !hasRole(user, 'vendor-owner')) return null
  const language = requestLanguage({ i18n } as Parameters<typeof requestLanguage>[0])
  const { docs: vendors } = await payload.find({
    collection: 'vendors',
    where: {
      and: [
        { id: { in: userVendorIds(user) } },
        { letzshopVendorId: { exists: false } },
        { letzshopSlug: { exists: false } },
      ],
    },
    select: { name: true, slug: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  if (vendors.length === 0) return null
  return (
    <section
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))',
        gap: 16,
        marginBottom: 24,
      }}
    >
      {vendors.map((vendor) => (
        <div
          key={vendor.id}
          id={letzshopClaimAnchor(vendor.slug)}
          data-letzshop-claim={vendor.slug}
          style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 6, padding: 16 }}
        >
          <h2 style={{ margin: '0 0 4px', fontSize: 18 }}>
            {translate(language, 'letzshopClaimTitle')} · {vendor.name}
          </h2>
          <LetzshopClaimForm
            vendorSlug={vendor.slug}
            texts={{
              title: translate(language, 'letzshopClaimTitle'),
              intro: translate(language, 'letzshopClaimIntro', { vendor: vendor.name }),
              label: translate(language, 'letzshopClaimLabel'),
              button: translate(language, 'letzshopClaimButton'),
              done: translate(language, 'letzshopClaimDone', { vendor: vendor.name }),
              network: translate(language, 'letzshopClaimNetwork'),
            }}
          />
        </div>
      ))}
    </section>
  )
}
