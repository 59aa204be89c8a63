/**
 * Our own messages (errors from hooks, services and endpoints), in English: the source of the keys.
 * `{{name}}` is a variable; a key with `_one` / `_other` variants is chosen by `count` (Intl.PluralRules).
 */
export const en = {
  productLimitReached_one: 'Product limit reached: your {{plan}} plan allows {{count}} product (products). Upgrade or archive products.',
  productLimitReached_other: 'Product limit reached: your {{plan}} plan allows {{count}} products (products). Upgrade or archive products.',
  orderLimitReached_one: 'Order limit reached: your {{plan}} plan allows {{count}} order (ordersPerMonth). Upgrade, or wait for your next billing period.',
  orderLimitReached_other: 'Order limit reached: your {{plan}} plan allows {{count}} orders (ordersPerMonth). Upgrade, or wait for your next billing period.',
  teamMemberLimitReached_one: 'Team member limit reached: your {{plan}} plan allows {{count}} team member (teamMembers). Upgrade or remove a team member.',
  teamMemberLimitReached_other: 'Team member limit reached: your {{plan}} plan allows {{count}} team members (teamMembers). Upgrade or remove a team member.',
  cmsPageLimitReached_one: 'CMS page limit reached: your {{plan}} plan allows {{count}} page (cmsPages). Upgrade or delete a page.',
  cmsPageLimitReached_other: 'CMS page limit reached: your {{plan}} plan allows {{count}} pages (cmsPages). Upgrade or delete a page.',
  customPageLimitReached_one: 'Custom page limit reached: your {{plan}} plan allows {{count}} custom page (cmsCustomPages). Upgrade or delete a custom page.',
  customPageLimitReached_other: 'Custom page limit reached: your {{plan}} plan allows {{count}} custom pages (cmsCustomPages). Upgrade or delete a custom page.',
  subscriptionExpiredReadOnly: 'Your {{plan}} subscription has expired: your data is read-only until you renew it.',
  subscriptionCanceledReadOnly: 'Your {{plan}} subscription is canceled: your data is read-only until you renew it.',
  featureNotIncluded: 'Your {{plan}} plan does not include {{feature}}. Upgrade to use it.',
  productsBelongToPlatform: 'Products belong to the "{{platform}}" platform; pick it as the platform.',
  ordersBelongToPlatform: 'Orders belong to the "{{platform}}" platform; pick it as the platform.',
  platformHasNoEntryTier: 'This platform has no subscription tiers yet: create its entry tier before adding vendors.',
  ownersAddMembersOnly: 'Vendor owners can only add vendor-member users to their own vendor.',
  ownShopDataOnly: "You can only manage your own shop's data.",
  ownShopPagesOnly: "You can only edit your own shop's pages.",
  shopNotOnPlatform: 'Your shop is not on this platform: pick one of your platforms.',
  marketingPagesAdminsOnly: 'Only the admins of this platform can edit its marketing pages.',
  defaultPagesAdminsOnly: 'Only the admins of this platform can edit vendor default pages; create your own page (an override) instead.',
  billingSignIn: 'Sign in to see your billing.',
  billingOwnersOnly: 'Only a vendor owner can see billing.',
  billingNoVendor: 'You own no vendor.',
  billingNoVendorNamed: 'You own no vendor "{{vendor}}".',
  billingSeveralVendors: 'You own several vendors: pass ?vendor=SLUG.',
  billingVendorNotOnPlatform: '{{vendor}} is not on platform "{{platform}}".',
  billingVendorOnNoPlatform: '{{vendor}} is not on any platform.',
  billingSeveralPlatforms: '{{vendor}} is on several platforms: pass ?platform=CODE.',
  billingPlatformHasNoTiers: 'Platform "{{platform}}" has no subscription tiers.',
  invalidSlug: 'Use lowercase letters, digits and single dashes (e.g. "shipping-info"), at most 100 characters.',
  invalidHexColour: 'Use a hex colour such as #1f6feb.',
  invalidCountryCode: 'Use a two-letter ISO country code such as LU.',
  invalidQuantity: 'Quantities are whole numbers, 1 or more.',
  invalidCents: 'Amounts are whole cents, 0 or more.',
}

export type MessageKey = keyof typeof en
export type Messages = Record<MessageKey, string>
