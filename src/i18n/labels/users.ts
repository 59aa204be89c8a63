import type { CollectionLabels } from './types'

/**
 * Payload's labels cannot depend on the signed-in user (a label function gets only `i18n` and `t`),
 * so vendor users and admins share one neutral label.
 */
export const users: CollectionLabels = {
  singular: { en: 'User', fr: 'Utilisateur', de: 'Benutzer' },
  plural: { en: 'Users', fr: 'Utilisateurs', de: 'Benutzer' },
  group: 'shop',
  fields: {
    roles: {
      label: { en: 'Roles', fr: 'Rôles', de: 'Rollen' },
      options: {
        'super-admin': { en: 'Super admin', fr: 'Super-administrateur', de: 'Super-Admin' },
        'platform-admin': { en: 'Platform admin', fr: 'Administrateur de plateforme', de: 'Plattform-Admin' },
        'vendor-owner': { en: 'Shop owner', fr: 'Propriétaire de la boutique', de: 'Shop-Inhaber' },
        'vendor-member': { en: 'Team member', fr: 'Membre de l’équipe', de: 'Teammitglied' },
      },
    },
    vendors: {
      label: { en: 'Vendors', fr: 'Commerçants', de: 'Händler' },
      description: {
        en: 'The vendors (shops) this user works for.',
        fr: 'Les commerçants (boutiques) pour lesquels travaille cet utilisateur.',
        de: 'Die Händler (Shops), für die dieser Benutzer arbeitet.',
      },
    },
    platforms: {
      label: { en: 'Platforms', fr: 'Plateformes', de: 'Plattformen' },
      description: {
        en: 'Platforms a platform admin manages.',
        fr: 'Les plateformes que gère un administrateur de plateforme.',
        de: 'Die Plattformen, die ein Plattform-Admin verwaltet.',
      },
    },
  },
}
