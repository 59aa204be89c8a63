import type { SingleRelationshipField } from 'payload'

type Options = { required?: boolean; admin?: SingleRelationshipField['admin'] }

export const platformField = ({ required = true, admin }: Options = {}): SingleRelationshipField => ({
  name: 'platform',
  type: 'relationship',
  relationTo: 'platforms',
  required,
  index: true,
  admin: { position: 'sidebar', ...admin },
})
