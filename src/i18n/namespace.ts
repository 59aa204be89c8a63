/** The namespace of our messages in Payload's `i18n.translations` (`app:ownShopDataOnly` in admin components). */
export const MESSAGES_NAMESPACE = 'app'
