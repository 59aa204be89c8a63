import type { SingleRelationshipField } from 'payload'

import { userVendorIds } from '@/utilities/roles'

type Options = { required?: boolean; admin?: SingleRelationshipField['admin'] }

/** The owning vendor. Vendor users get their (first) vendor filled in. */
export const vendorField = ({ required = true, admin }: Options = {}): SingleRelationshipField => ({
  name: 'vendor',
  type: 'relationship',
  relationTo: 'vendors',
  required,
  index: true,
  defaultValue: ({ user }) => userVendorIds(user)[0],
  admin: { position: 'sidebar', ...admin },
})
