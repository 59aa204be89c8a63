import { BODY_TOO_LARGE } from '@/services/bodyCaps.mjs'

/**
 * Our own messages (errors from hooks, services and endpoints), in English: the source of the keys.
 * `{{name}}` is a variable; a key with `_one` / `_other` variants is chosen by `count` (Intl.PluralRules).
 */
export const en = {
  productLimitReached_one:
    'Product limit reached: your {{plan}} plan allows {{count}} product (products). Upgrade or archive products.',
  productLimitReached_other:
    'Product limit reached: your {{plan}} plan allows {{count}} products (products). Upgrade or archive products.',
  orderLimitReached_one:
    'Order limit reached: your {{plan}} plan allows {{count}} order (ordersPerMonth). Upgrade, or wait for your next billing period.',
  orderLimitReached_other:
    'Order limit reached: your {{plan}} plan allows {{count}} orders (ordersPerMonth). Upgrade, or wait for your next billing period.',
  teamMemberLimitReached_one:
    'Team member limit reached: your {{plan}} plan allows {{count}} team member (teamMembers). Upgrade or remove a team member.',
  teamMemberLimitReached_other:
    'Team member limit reached: your {{plan}} plan allows {{count}} team members (teamMembers). Upgrade or remove a team member.',
  cmsPageLimitReached_one:
    'CMS page limit reached: your {{plan}} plan allows {{count}} page (cmsPages). Upgrade or delete a page.',
  cmsPageLimitReached_other:
    'CMS page limit reached: your {{plan}} plan allows {{count}} pages (cmsPages). Upgrade or delete a page.',
  pageTooLarge:
    'Page too large: this page is {{size}}; your {{plan}} plan allows pages up to {{limit}} (page size). Shorten the text or split it into several pages.',
  customPageLimitReached_one:
    'Custom page limit reached: your {{plan}} plan allows {{count}} custom page (cmsCustomPages). Upgrade or delete a custom page.',
  customPageLimitReached_other:
    'Custom page limit reached: your {{plan}} plan allows {{count}} custom pages (cmsCustomPages). Upgrade or delete a custom page.',
  subscriptionExpiredReadOnly:
    'Your {{plan}} subscription is expired: your data is read-only until you renew it. Choose a plan under Billing, or contact us to reactivate it.',
  subscriptionCanceledReadOnly:
    'Your {{plan}} subscription is canceled: your data is read-only until you renew it. Choose a plan under Billing, or contact us to reactivate it.',
  featureNotIncluded: 'Your {{plan}} plan does not include {{feature}}. Upgrade to use it.',
  productsBelongToPlatform: 'Products belong to the "{{platform}}" platform; pick it as the platform.',
  ordersBelongToPlatform: 'Orders belong to the "{{platform}}" platform; pick it as the platform.',
  platformHasNoEntryTier: 'This platform has no subscription tiers yet: create its entry tier before adding vendors.',
  ownersAddMembersOnly: 'Vendor owners can only add vendor-member users to their own vendor.',
  ownShopDataOnly: "You can only manage your own shop's data.",
  ownShopPagesOnly: "You can only edit your own shop's pages.",
  shopNotOnPlatform: 'Your shop is not on this platform: pick one of your platforms.',
  defaultPagesAdminsOnly:
    'Only the admins of this platform can edit its marketing pages and vendor default pages; create your own page (an override) instead.',
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
  usagePlan: '{{plan}} plan',
  usageReadOnly: 'read-only until renewed',
  usageUnlimited: '{{used}} (unlimited)',
  dashboardTitle: 'Dashboard',
  dashboardWelcome: 'Welcome to {{platform}}',
  dashboardWelcomeIntro:
    'Your first week with {{vendor}}: each step below opens where it is done, and this list goes away once all are done.',
  dashboardProgress: '{{done}} of {{total}} done',
  dashboardStepDone: 'done',
  dashboardStepToDo: 'to do',
  dashboardStepClaim: 'Confirm your Letzshop shop',
  dashboardStepPages: 'Customise your pages',
  selectThisRow: 'Select this row',
  dashboardStepTeam: 'Invite your team',
  dashboardStepTeamSeats: 'Add team seats to invite your team (your plan has none left)',
  dashboardStepCard: 'Keep a card on file',
  dashboardStepOrders: 'Record a first order or connect Letzshop',
  dashboardPlanTrial: '{{plan}} plan, trial until {{date}}',
  dashboardBillingLink: 'Billing: plan, card and invoices',
  dashboardCollections: 'Your data',
  operatorDashboardTitle: 'Your platforms',
  operatorVendors: 'Shops',
  operatorVendorsByStatus: 'Subscriptions by status',
  operatorRecentVendors: 'Latest shops',
  operatorNoVendors: 'No shop on this platform yet.',
  operatorTrialsEnding: 'Trials ending in the next {{days}} days',
  operatorNoTrialsEnding: 'No trial ends in the next {{days}} days.',
  operatorTrialEnds: '{{vendor}}: {{plan}}, trial until {{date}}',
  operatorCapacityLink: 'Capacity overview of {{platform}}',
  usageOrdersPerMonth: 'Orders a month',
  usageProducts: 'Products',
  usageTeamMembers: 'Team members',
  usageCmsPages: 'Website pages',
  usageCmsCustomPages: 'Custom pages',
  idempotencyKeyMalformed:
    'The Idempotency-Key header must be 1 to 255 visible ASCII characters (letters, digits, punctuation; no spaces).',
  idempotencyKeyReused:
    'This Idempotency-Key was already used for another request with a different body. Retry with the same body, or use a new key for a new order.',
  idempotencyKeyInFlight:
    'A request with this Idempotency-Key is still in progress. Retry in a moment to get its answer.',
  rowsNeedVendor: 'These rows belong to a vendor: pick your shop as the vendor.',
  vendorHasKeptRows:
    'This vendor has {{count}} {{what}} that must be kept by law, so it cannot be deleted: deactivate its platform memberships instead.',
  vendorCascadeFailed: "Could not delete the vendor's {{collection}}: {{reason}}",
  managedPlatformsOnly: 'You can only manage the platforms you are an admin of: pick one of them as the platform.',
  tierOnOtherPlatform:
    "The tier must belong to the same platform as the subscription: pick one of this platform's tiers.",
  addOnOnOtherPlatform:
    "Each add-on must belong to the same platform as the subscription: pick this platform's add-ons.",
  vendorOnOtherPlatform: 'This vendor is on another platform: it can join yours through signup or a super admin.',
  subscriptionHolderFixed:
    "A subscription's vendor and platform cannot change: cancel it and start one for the other vendor.",
  vendorNotOnPlatform: 'This vendor is not on that platform: add it to the platform first.',
  rolesSuperAdminOnly: 'Only a super admin can change roles.',
  platformsSuperAdminOnly: 'Only a super admin can change which platforms a user manages.',
  vendorsSuperAdminOnly:
    'Only a super admin can add users to a vendor; an owner can remove its own shop from a team member.',
  credentialsOwnOnly: "Only the user or a super admin can change a user's email or password.",
  memberSharedRemoveInstead:
    'This member also works for another shop: remove your shop from their account instead of deleting it.',
  letzshopClaimOnly:
    'A Letzshop shop is linked by claiming it (signup or the claim step), not by editing these fields.',
  domainInUse: 'The domain {{domain}} is already in use by another platform or shop: choose another one.',
  invalidHost: 'Use a host name such as shop.example.lu (no https://, no path).',
  orderOriginFixed: "An order's {{fields}} cannot change after it is created; create a new order instead.",
  customPagesNotIncluded:
    'Custom pages are not included in your {{plan}} plan: "{{slug}}" is not one of the platform\'s default pages.{{allowed}} Upgrade to create custom pages.',
  useOneOf: ' Use one of: {{slugs}}.',
  emptyPassword: 'The password cannot be empty: leave it out to keep the current one.',
  platformIdentitySuperAdminOnly: "Only a super admin can change a platform's code, path prefix or active state.",
  // Letzshop lookup and claim, rate limits
  letzshopReferenceRequired:
    "Give your shop's Letzshop page as url (https://letzshop.lu/fr/vendors/your-shop) or its slug (your-shop), one of the two.",
  letzshopBadReference:
    "This is not a Letzshop shop address: paste your shop's page, such as https://letzshop.lu/fr/vendors/your-shop, or just the last part (your-shop).",
  letzshopSearchLength: "Type between 2 and 100 characters of your shop's name (q).",
  letzshopShopNotFound: 'There is no shop "{{slug}}" on Letzshop: check the address of your shop\'s page on Letzshop.',
  letzshopUnavailable:
    'Letzshop cannot be reached right now. Try again in a moment, or skip this step: you can claim your shop later from the admin.',
  letzshopTimedOut:
    'Letzshop is taking too long to answer. Try again in a moment, or skip this step: you can claim your shop later from the admin.',
  letzshopClaimSignIn: 'Sign in to claim your Letzshop shop.',
  letzshopClaimOwnersOnly: 'Only a vendor owner can claim its Letzshop shop.',
  letzshopClaimNotYourVendor: 'You do not own a vendor "{{vendor}}".',
  letzshopClaimSeveralVendors: 'You own several vendors: say which one as vendor (its slug).',
  letzshopClaimReference:
    'Give your Letzshop shop as letzshopSlug (your-shop) or letzshopUrl (https://letzshop.lu/fr/vendors/your-shop), one of the two.',
  letzshopClaimTitle: 'Letzshop shop',
  letzshopClaimIntro:
    '{{vendor}} is not linked to its Letzshop shop yet. Paste the address of your shop on Letzshop, or just its last part.',
  letzshopClaimLabel: 'Your shop on Letzshop (address or slug)',
  letzshopClaimButton: 'Claim',
  letzshopClaimDone: '{{vendor}} is now linked to the Letzshop shop "{{slug}}".',
  letzshopClaimNetwork: 'The claim could not be sent. Check your connection and try again.',
  letzshopShopClaimed:
    'This Letzshop shop is already claimed by another account. If it is yours, contact us and we will sort it out.',
  letzshopShopClaimedContact:
    'This Letzshop shop is already claimed by another account. If it is yours, write to us at {{contact}} and we will sort it out.',
  letzshopShopHeld:
    'Someone is signing up this Letzshop shop right now. Try again in {{minutes}} minutes; if it is yours, contact us.',
  letzshopShopHeldContact:
    'Someone is signing up this Letzshop shop right now. Try again in {{minutes}} minutes; if it is yours, write to us at {{contact}}.',
  letzshopVendorHasShop: 'Your shop is already linked to the Letzshop shop "{{slug}}"; contact us to link another one.',
  serviceBrieflyUnavailable: 'The service is briefly unavailable: please try again in a few seconds.',
  letzshopSyncSignIn: 'Sign in to manage the Letzshop order sync.',
  letzshopSyncOwnersOnly: 'Only a vendor owner can connect or disconnect Letzshop.',
  letzshopSyncNotYourVendor: 'You are not a user of a vendor "{{vendor}}".',
  letzshopSyncNoVendor: 'Your account belongs to no vendor.',
  letzshopSyncSeveralVendors: 'You belong to several vendors: say which one as ?vendor= (its slug).',
  letzshopSyncVendorUsersOnly: 'The Letzshop order sync is for the shop’s owners and members.',
  letzshopSyncNotOnPlatform: 'Your shop is not on the "{{platform}}" platform, where the Letzshop sync lives.',
  letzshopKeyRefused:
    'Letzshop refused this API key: check that you copied it whole and that it has at least "shop manager" rights. Nothing was saved.',
  letzshopNotConnected: 'Your shop is not connected to Letzshop: connect it with your Letzshop API key first.',
  letzshopKeyFailingReconnect:
    'Letzshop refuses the stored API key: connect again with a valid key to resume the sync.',
  letzshopSyncNotActive: 'The Letzshop sync is {{status}}: resume it (or connect a valid key) before syncing.',
  letzshopOrderNotImported: 'This order was not imported from Letzshop: there is nothing to confirm there.',
  letzshopUnitUnknown: 'The unit "{{id}}" is not on this order.',
  letzshopUnitAnswered: 'The unit "{{id}}" is already answered on Letzshop; its answer cannot change.',
  letzshopOrderNotFound: 'No such order.',
  letzshopSyncNav: 'Letzshop sync',
  letzshopSyncTitle: 'Letzshop order sync',
  letzshopSyncIntro:
    'Your Letzshop orders, imported every 10 minutes within your plan, and your answers sent back to Letzshop.',
  letzshopSyncKeyLabel: 'Your Letzshop API key',
  letzshopSyncConnect: 'Connect',
  letzshopSyncReplaceKey: 'Replace the key',
  letzshopSyncStatus: 'Status: {{status}} · key …{{last4}} · shop {{shop}}',
  letzshopSyncLastRun: 'Last run: {{at}}',
  letzshopSyncNextRun: 'Next run: {{at}}',
  letzshopSyncPause: 'Pause',
  letzshopSyncResume: 'Resume',
  letzshopSyncNow: 'Sync now',
  letzshopSyncQueued: 'A run is queued.',
  letzshopSyncDisconnect: 'Disconnect',
  letzshopSyncHeldBanner:
    'Your monthly order limit is reached: {{count}} Letzshop order(s) wait on Letzshop. Upgrade under Billing, or they are imported in your next period.',
  letzshopSyncHistory: 'Runs',
  letzshopSyncRunsEmpty: 'No runs yet.',
  letzshopSyncColStarted: 'Started',
  letzshopSyncColStatus: 'Status',
  letzshopSyncColImported: 'Imported',
  letzshopSyncColSkipped: 'Already imported',
  letzshopSyncColHeld: 'Held by the limit',
  letzshopSyncColError: 'Error',
  letzshopSyncPlans: 'Plans that include the Letzshop sync: {{plans}}.',
  letzshopSyncOrders: 'Orders to confirm',
  letzshopSyncOrdersEmpty: 'No imported order waits for your answer.',
  letzshopSyncConfirm: 'Available',
  letzshopSyncDecline: 'Unavailable',
  letzshopSyncTracking: 'Tracking number',
  letzshopSyncSend: 'Send to Letzshop',
  letzshopSyncSent: 'Recorded: sent to Letzshop shortly.',
  tooManyRequests_one: 'Too many requests: try again in {{count}} second.',
  tooManyRequests_other: 'Too many requests: try again in {{count}} seconds.',
  tooManyLoginAttempts_one:
    'Too many sign-in attempts from this connection or on this account: try again in {{count}} second.',
  tooManyLoginAttempts_other:
    'Too many sign-in attempts from this connection or on this account: try again in {{count}} seconds.',
  crossOriginWriteRefused:
    'Cross-origin request refused: a change made with your sign-in cookie must come from this site, not from {{origin}}.',
  collectionKeepsNoVersions: 'The collection {{collection}} keeps no versions.',
  // Signup
  signupSessionIdRequired: 'sessionId is required: start the signup first (POST /api/platform/signup/start).',
  signupSessionNotFound:
    'This signup session does not exist or has expired (a session lasts 24 hours after its last step): start the signup again.',
  signupCompleted: 'This signup is already complete: sign in to your admin.',
  signupPlatformRequired: 'platform is required: the code of a platform, such as oms.',
  signupPlatformNotFound: 'There is no platform "{{platform}}": choose one of our platforms.',
  signupTierRequired: 'tier is required: the code of a plan from the pricing page.',
  signupTierNotFound:
    'The plan "{{tier}}" is not offered on this platform: choose one of the plans on the pricing page.',
  signupPlanNotOnline:
    'The plan "{{tier}}" cannot be started online with {{period}} billing: contact us, or choose another plan.',
  signupShopReference:
    'Give your Letzshop shop as letzshopSlug (your-shop) or letzshopUrl (https://letzshop.lu/fr/vendors/your-shop), one of the two, or skip this step.',
  contactNameInvalid: 'name: write your name (1 to 100 characters).',
  contactEmailInvalid: 'email: write an e-mail address we can answer to.',
  contactMessageLength: 'message: write your message (10 to 5000 characters).',
  contactPlatformUnknown: 'platform: no site answers to this platform code.',
  signupEmailInvalid: 'email must be a valid email address.',
  signupPasswordLength: 'password must have between 10 and 200 characters.',
  signupCompanyName: 'companyName is required (at most 200 characters).',
  signupCountry: 'country must be a two-letter country code such as LU.',
  signupLocale: 'locale must be en, fr or de.',
  signupEmailTaken: 'An account with this email already exists: sign in instead.',
  signupVatInvalid: 'The VAT number "{{vat}}" is not valid: check it against your VAT registration, or leave it empty.',
  signupVatWrongCountry:
    'The VAT number "{{vat}}" is not a VAT number of {{country}}: check the country or the number.',
  signupVatUnsupported: 'VAT numbers of {{country}} cannot be checked here: leave the VAT number empty.',
  signupNeedsAccount:
    'The account step is missing: send your email, password, company name and country (POST /api/platform/signup/account) first.',
  signupNeedsSetupIntent:
    'The card step is missing: request the card form (POST /api/platform/signup/setup-intent) and confirm your card first.',
  signupSetupIntentRequired: 'setupIntentId is required: the id of the confirmed SetupIntent (seti_...).',
  signupSetupIntentMismatch:
    'This card confirmation does not belong to this signup: reload the page and enter your card again.',
  signupCardNotConfirmed: 'Your card has not been accepted{{reason}}. Enter it again or use another card.',
  signupFirstPaymentDeclined:
    'Your card declined the first payment of your subscription (it starts without free trial): nothing was created. Try again later, or sign up with another card.',
  signupTrialUsedShop:
    'This shop has already had a free trial on {{platform}}: your subscription starts now, without trial.',
  signupTrialUsedVatNumber:
    'This VAT number has already had a free trial on {{platform}}: your subscription starts now, without trial.',
  signupTrialUsedCard:
    'This card has already had a free trial on {{platform}}: your subscription starts now, without trial.',
  signupPaymentProviderUnconfirmed:
    'Our payment provider did not confirm your subscription in time: it may have been made. Try again in a moment: this signup continues where it stopped, and nothing is created or charged twice.',
  signupPaymentProviderFailed:
    'Our payment provider did not answer correctly, so nothing was created and nothing was charged. Try again in a moment.',
  // Billing changes (plan, add-ons, cancel, card, subscription invoices)
  billingOwnersOnlyWrite: "Only the vendor's owner can change its billing.",
  billingRoleForbidden: "Billing is shown to the vendor's owner and members, and to platform admins.",
  billingVendorRequired: 'Name the vendor: pass ?vendor=SLUG.',
  billingNoSuchVendor: 'There is no vendor "{{vendor}}".',
  billingNotYourVendor: 'You do not belong to the vendor "{{vendor}}".',
  billingVendorNotManaged: 'The vendor "{{vendor}}" is on none of your platforms.',
  billingNoSubscription: '{{vendor}} has no subscription on this platform yet: start one from the pricing page.',
  billingNotOnStripe: 'This subscription is not billed online: contact us to change it.',
  billingSubscriptionEnded: 'This subscription is {{status}}: it can no longer be changed. Contact us to start again.',
  billingTierNotFound: 'There is no plan "{{tier}}" on this platform: choose one of the plans on the pricing page.',
  billingTierRequired: 'tier is required: the code of a plan.',
  billingAddOnCodeRequired: 'code is required: the code of an add-on.',
  billingSetupIntentId: 'setupIntentId must be the id of a confirmed SetupIntent (seti_...).',
  billingSamePlan: 'You are already on {{plan}} with {{period}} billing: choose another plan or billing period.',
  billingPlanNotOnline:
    'The plan "{{plan}}" cannot be bought online with {{period}} billing: contact us, or choose another plan.',
  billingOverLimit: '{{details}}. Remove what is over the limit first, or choose a larger plan.',
  billingOverLimitLine: 'You have {{used}} {{what}}; {{plan}} allows {{limit}}',
  billingLimitOrdersPerMonth: 'orders this period',
  billingLimitProducts: 'products',
  billingLimitTeamMembers: 'team members',
  billingLimitCmsPages: 'pages',
  billingLimitCmsCustomPages: 'custom pages',
  billingWithoutAddOn: '{{plan}} without {{addOn}}',
  billingAddOnNotFound: 'There is no add-on "{{code}}" on this platform.',
  billingAddOnAlreadyActive: 'You already have the add-on "{{addOn}}".',
  billingAddOnNotActive: 'You do not have the add-on "{{addOn}}".',
  billingAddOnPeriodMismatch:
    'The add-on "{{addOn}}" is billed per {{interval}} and cannot be part of a subscription billed {{period}}: remove it first, or keep your billing period.',
  billingAlreadyCanceling: 'Your subscription already ends on {{date}}.',
  billingNotCanceling: 'Your subscription is not set to end: there is nothing to resume.',
  billingChangeWhileCanceling:
    'Your subscription is set to end on {{date}}: resume it first, then choose the smaller plan for the next period.',
  billingCardDeclined:
    'Your card was declined, so nothing was changed. Replace your card under Billing, then try again.',
  billingPaymentProviderUnconfirmed:
    'Our payment provider did not confirm the change in time: it may have been made, and is being confirmed. Reload this page in a minute before trying again.',
  billingChangeInProgress: 'Another change of this subscription is being made: reload the page in a moment.',
  billingPaymentProviderFailed:
    'Our payment provider did not answer correctly, so nothing was changed. Try again in a moment.',
  billingCardNotShown:
    'Our payment provider did not answer correctly, so your card cannot be shown. Try again in a moment.',
  billingSetupIntentMismatch: 'This card confirmation does not belong to your subscription: enter your card again.',
  billingCardNotConfirmed: 'Your new card has not been accepted{{reason}}. Enter it again or use another card.',
  billingChangeNotShownYet:
    'Your change was made with our payment provider but is not shown here yet: it will be within a minute. Do not repeat it.',
  // Invoices the shops issue to their customers
  featureNotInPlan: 'Your plan does not include {{feature}}. Upgrade to a plan that includes it to use it.',
  invoicesBelongToPlatform: 'Invoices belong to the "{{platform}}" platform: choose it as the platform.',
  invoiceSignIn: 'Sign in to work with invoices.',
  invoiceVendorUsersOnly: "Only a shop's owner and team members work with its invoices.",
  invoiceSettingsOwnersOnly: "Only the shop's owner can change its invoice settings.",
  invoiceNoVendor: 'You do not belong to any shop.',
  invoiceNotYourVendor: 'You do not belong to a shop "{{vendor}}".',
  invoiceSeveralVendors: 'You belong to several shops: add ?vendor=SLUG (or "vendor" in the body).',
  invoiceVendorNotOnOms: 'Your shop is not on the "{{platform}}" platform, where invoicing lives.',
  invoiceNotFound: 'There is no such invoice.',
  invoiceNotYours: 'This invoice belongs to another shop.',
  invoiceSettingsNotYet:
    'Your invoice settings are not set up yet: send them with PATCH /api/vendor/invoice-settings (legal name, address, VAT number, bank details).',
  invoiceSettingsMissing: 'Set up your invoice settings (legal name, address, VAT number) before creating invoices.',
  invoiceCountryUnknown: '"{{country}}" is not a country code: use two capital letters such as LU, FR or DE.',
  invoiceSellerVatInvalid: 'The VAT number "{{vat}}" is not valid: check it against your VAT registration.',
  invoiceSellerVatWrongCountry:
    'The VAT number "{{vat}}" is not a VAT number of {{country}}, the country of your address: check the number or the address.',
  invoiceVatStatusInvalid:
    'vatStatus is "registered" (you charge VAT) or "franchise" (Luxembourg\'s franchise for small enterprises).',
  invoiceSellerVatNumberRequired:
    'Your invoice settings have no valid VAT number (vatNumber): a VAT-registered seller cannot issue an invoice without one. Add it to the invoice settings, or set vatStatus to "franchise" if you are under Luxembourg\'s franchise for small enterprises.',
  invoiceFranchiseLuxembourgOnly:
    'The franchise for small enterprises (vatStatus "franchise") is supported for sellers established in Luxembourg only: set the address to Luxembourg, or vatStatus to "registered".',
  invoiceFranchiseTaxNumberMissing:
    'Under the franchise, your invoice settings need your VAT number or your national tax number (taxNumber) before you can issue an invoice.',
  invoiceFranchisePreviousYear:
    'Your turnover of last year, {{turnover}} (turnoverPreviousYear), is above {{limit}}, the franchise threshold in force on {{date}}: you must charge VAT. Register for VAT, then set vatStatus to "registered" with your VAT number.',
  invoiceFranchiseCurrentYear:
    'With this invoice your turnover this year, {{turnover}}, goes above {{limit}}, the franchise threshold (tolerance included) in force on {{date}}: this sale is taxable (vatStatus). Register for VAT, then set vatStatus to "registered" with your VAT number.',
  invoiceFranchiseNoThreshold:
    'No franchise threshold is known for the supply date {{date}}: invoices under the franchise can be issued for supplies from 2020 on.',
  invoiceIbanInvalid: 'This IBAN is not valid (its check digits do not match): check it against your bank details.',
  invoiceEndpointSchemeInvalid:
    'The electronic address scheme "{{scheme}}" is not in the Peppol EAS code list: use a four-digit code such as 9938 (Luxembourg VAT number), 9930 (German VAT number) or 0208 (Belgian enterprise number).',
  invoiceEndpointIdInvalid:
    'The electronic address "{{id}}" does not fit scheme {{scheme}}: give the identifier without spaces (for 9938, your VAT number such as LU26375245).',
  invoiceBicInvalid: 'This BIC is not valid: it has 8 or 11 letters and digits, such as BCEELULL.',
  invoicePatternInvalid:
    'The number pattern "{{pattern}}" is not valid: it must contain {seq} once (e.g. {seq:05} for 5 digits), may contain {prefix} and {year}, and nothing else in braces.',
  invoicePrefixInvalid: 'A number prefix has at most 20 characters, without spaces or braces.',
  invoiceSeriesCollide:
    'Invoices and credit notes would get the same numbers: give credit notes another prefix or pattern.',
  invoiceLogoTooLarge: 'The logo is too large: at most {{kb}} KB.',
  invoiceLogoFormat: 'The logo must be a PNG or JPEG image, sent as a data URL (data:image/png;base64,...).',
  invoicePaymentTerms: 'Payment terms are a whole number of days from 0 to 365.',
  invoiceImmutable:
    'Invoice {{number}} is issued and can no longer be changed or deleted: issue a credit note to correct it.',
  invoiceFieldsByService: 'These fields are set by issuing, crediting or paying an invoice, not directly: {{fields}}.',
  invoiceChangedWhileIssuing: 'The invoice’s customer changed while it was being issued: issue it again.',
  invoiceAlreadyIssued: 'This invoice is already issued ({{number}}).',
  invoiceCreditDraft: 'A draft cannot be credited: delete or change it instead.',
  invoiceAlreadyCredited: 'Invoice {{number}} already has a credit note.',
  invoiceCreditNoteOfCreditNote: 'A credit note cannot be credited.',
  invoiceCannotMarkPaid: 'Only an issued invoice can be marked as paid (this one is {{status}}).',
  invoiceNoCustomerEmail: 'This invoice has no customer email, so it cannot be emailed: add one to the draft first.',
  invoiceEmailNeedsIssue: '"email" needs "issue": true (only issued invoices are emailed).',
  bodyNotJsonObject: 'Send a JSON object as the request body (Content-Type: application/json).',
  unknownField: '"{{field}}" is not a field of this request: check its spelling, or leave it out.',
  queryParameterRepeated: 'The parameter "{{name}}" is given more than once: send it once.',
  bodyTooLarge: BODY_TOO_LARGE.en,
  billingPeriodInvalid: 'billingPeriod must be "monthly" or "annual".',
  paramRequired: '{{name}} is required.',
  paramText: '{{name}} must be text.',
  paramTooLong: '{{name}} is at most {{max}} characters.',
  paramSlug: '{{name}} must be lowercase letters, digits and dashes.',
  localeOneOf: 'locale must be one of {{locales}}.',
  inputNulCharacter: 'contains a NUL character (\\u0000), which is never valid.',
  inputNulCharacterWhole: 'The input contains a NUL character (\\u0000), which is never valid.',
  invoiceOrderOrLines: 'Send either "order" (its lines are used) or "lines", not both.',
  invoiceLinesMissing: 'Send "order" (an order id) or "lines" (at least one line).',
  invoiceCustomerMissing: '"customer" is required: name, type (consumer or business) and address.',
  invoiceOrderCustomerMissing:
    'Orders do not hold the customer\'s address and type: send "customer" with type and address (name and email default to the order\'s).',
  invoiceCustomerNameMissing: "The customer's name is missing: send customer.name.",
  invoiceCustomerField: 'customer.{{field}} is required, at most {{max}} characters.',
  invoiceCustomerEmail: 'customer.email must be a valid email address.',
  invoiceCustomerType: 'customer.type must be "consumer" or "business".',
  invoiceCustomerVat: 'customer.vatNumber must be text of at most 20 characters.',
  invoiceCustomerAddress: 'customer.address is required: street, postalCode, city and country.',
  invoiceCustomerLocale: 'customer.locale must be en, fr or de.',
  invoiceOrderId: 'order must be the id of one of your orders.',
  invoiceOrderNotFound: 'Your shop has no order {{order}}.',
  invoiceOrderHasInvoice:
    'Order {{order}} already has invoice {{invoice}}: credit it first to invoice the order again.',
  invoiceLinesCount: 'An invoice has from 1 to {{max}} lines.',
  invoiceLineDescription: 'Each line needs a description of at most {{max}} characters.',
  invoiceQuantity: 'Quantities are whole numbers from 1 to {{max}}.',
  invoiceUnitPrice: 'Unit prices are whole cents excluding VAT, from 0 to {{max}}.',
  invoiceVatCategory: 'vatCategory must be one of: {{categories}}.',
  invoiceSupply: 'supply must be "goods" or "services".',
  invoiceSupplyDate: 'supplyDate must be a date such as 2026-11-29.',
  invoiceFlag: '{{field}} must be true or false.',
  invoicePdfFormat: 'format must be pdf or facturx.',
  invoiceVatInput: 'The invoice cannot be priced: {{reason}}.',
  invoiceActionIssue: 'Issue invoice',
  invoiceActionIssueEmail: 'Issue and email to customer',
  invoiceActionCredit: 'Create credit note',
  invoiceActionPaid: 'Mark as paid',
  invoiceActionPdf: 'Download PDF',
  invoiceActionFacturX: 'Download Factur-X',
  invoiceActionXml: 'Download XML (UBL)',
  invoiceActionConfirmCredit: 'Create a credit note cancelling this invoice in full? This cannot be undone.',
  invoiceActionFailed: 'The request failed. Check your connection and try again.',
  invoiceActionIssued: 'Invoice {{number}} is issued.',
  invoiceActionIssuedSent: 'Invoice {{number}} is issued and sent to the customer.',
  invoiceActionCredited: 'Credit note {{number}} is issued: it cancels the invoice in full.',
  invoiceActionMarkedPaid: 'Invoice {{number}} is marked as paid.',
  invoiceActionMore: 'Downloads and sending',
  invoiceTotalsPending: 'Computed when you save.',
  invoiceViesNotChecked:
    'Not checked: VIES is asked only when the invoice is issued, for a business customer in another member state.',
  invoiceReadOnly: 'Issued invoices never change. To correct this one, create a credit note.',
  invoiceSaveBeforeIssue: 'Save your changes first: the invoice is issued as saved.',
  moneyInputInvalid: 'Type an amount in euros, e.g. 76.50.',
  moneyOutOfRange: 'Amounts go from {{min}} to {{max}}.',
  invoiceLogoUploadTooLarge: 'The logo is too large: at most {{mb}} MB.',
  invoiceLogoUploadFormat: 'The logo must be a PNG or JPEG image.',
  invoiceLogoOfAnotherShop: 'This logo belongs to another shop: upload your own.',
  // Billing page in the admin (/admin/billing), the dunning banner, the vendor record's billing link
  billingNavGroup: 'Your subscription',
  billingPageNav: 'Billing',
  billingPageTitle: 'Billing',
  billingPageNoVendor: 'Billing belongs to a shop: open a vendor and choose "Billing" there.',
  billingPageVendorNotFound: 'There is no shop "{{vendor}}" that you may see.',
  billingPageChooseVendor: 'You belong to several shops: choose the one whose billing you want to see.',
  billingPageChoosePlatform: '{{vendor}} is on several platforms: choose one.',
  billingPageNotOnPlatform: '{{vendor}} is not on any platform yet, so it has no billing.',
  billingPageViewingAs: 'You are viewing the billing of {{vendor}} as an administrator: read only.',
  billingPageActingAs:
    'You are acting for {{vendor}} as a super admin: what you change here changes their subscription and what they pay.',
  billingPageMemberReadOnly: "Only the shop's owner can change the plan, add-ons, card or subscription.",
  billingPageNotOnline:
    'This subscription is not billed online: we manage it for you. Contact us to change the plan, add-ons or card, or to cancel it.',
  billingPageEnded: 'An ended subscription can no longer be changed here: contact us to start again.',
  billingPageNoSubscription:
    'This shop has no subscription on this platform yet: start one from the pricing page, or contact us.',
  billingPageLoading: 'Loading…',
  billingPageNetwork: 'The request could not be sent. Check your connection and try again.',
  billingPagePlan: 'Plan',
  billingPageStatus: 'Status',
  billingPagePeriod: 'Billing period',
  billingPageTrialDaysLeft_one: '{{count}} day left in the free trial (until {{date}})',
  billingPageTrialDaysLeft_other: '{{count}} days left in the free trial (until {{date}})',
  billingPageRenews: 'Renews on {{date}}',
  billingPageEndsOn: 'Canceled: ends on {{date}}',
  billingPageScheduledChange: 'Changes to {{plan}} on {{date}}',
  billingPageReadOnly: "This subscription is {{status}}: the shop's data is read-only.",
  billingPageNextSubscriptionInvoice: 'Next invoice',
  billingPageNextSubscriptionInvoiceOn: '{{amount}} on {{date}}',
  billingPageNoUpcoming: 'No upcoming invoice.',
  billingPageUsage: 'Usage',
  billingPageChangePlan: 'Change plan',
  billingPagePerMonth: '{{amount}} / month',
  billingPagePerYear: '{{amount}} / year',
  billingPageCurrent: 'Current plan',
  billingPagePreview: 'See the price',
  billingPagePreviewTitle: 'Change to {{plan}}, billed {{period}}',
  billingPagePreviewDue: 'Due {{when}}: {{amount}}',
  billingPageNow: 'now',
  billingPageProrated: 'prorated',
  billingPageConfirmChange: 'Confirm the change',
  billingPageKeepPlan: 'Keep my plan',
  billingPageChanged: 'Your plan is now {{plan}}.',
  billingPageChangeSaved: 'Your plan changes to {{plan}} at the end of the current period.',
  billingPageLimits: 'Limits',
  billingPageAddOns: 'Add-ons',
  billingPageAddOnAdd: 'Add',
  billingPageAddOnRemove: 'Remove',
  billingPageAddOnActive: 'Active',
  billingPageAddOnAdded: 'The add-on “{{addOn}}” is added.',
  billingPageAddOnRemoved: 'The add-on “{{addOn}}” is removed.',
  billingPageNoAddOns: 'No add-ons are offered on this platform.',
  billingPagePerInterval_month: '{{amount}} / month',
  billingPagePerInterval_year: '{{amount}} / year',
  billingPagePerInterval_once: '{{amount}} once',
  billingPagePaymentMethod: 'Payment method',
  billingPageCardOnFile: '{{brand}} •••• {{last4}}, expires {{expiry}}',
  billingPageNoCard: 'No card on file',
  billingPageReplaceCard: 'Replace card',
  billingPageCardLabel: 'New card',
  billingPageSaveCard: 'Save card',
  billingPageCardSaved: 'Your new card is saved: it pays the next invoices.',
  billingPageCardDeclined: 'Your card was declined. Try another card.',
  billingPageCardFailed: 'Your card was not accepted. Enter it again or use another card.',
  billingPageCardUnavailable: 'The card form could not be loaded. Try again in a moment.',
  billingPageSubscriptionInvoices: 'Subscription invoices',
  billingPageSubscriptionInvoiceNumber: 'Number',
  billingPageSubscriptionInvoiceDate: 'Date',
  billingPageSubscriptionInvoiceAmount: 'Amount',
  billingPageSubscriptionInvoiceStatus: 'Status',
  billingPageSubscriptionInvoicePdf: 'PDF',
  billingPageDownload: 'Download',
  billingPageNoSubscriptionInvoices: 'No invoices yet.',
  billingPageSubscriptionInvoice_draft: 'Draft',
  billingPageSubscriptionInvoice_open: 'Open',
  billingPageSubscriptionInvoice_paid: 'Paid',
  billingPageSubscriptionInvoice_uncollectible: 'Uncollectible',
  billingPageSubscriptionInvoice_void: 'Void',
  billingPageCancelSubscription: 'Cancel subscription',
  billingPageCancelQuestion:
    "Cancel at the end of the current period ({{date}})? After that the shop's data stays, read-only.",
  billingPageCancelYes: 'Yes, cancel',
  billingPageCancelNo: 'No, keep it',
  billingPageCanceled: 'Your subscription ends on {{date}}.',
  billingPageResume: 'Resume subscription',
  billingPageResumed: 'Your subscription continues.',
  billingDunning_one:
    'Your last payment failed. Update your card within {{count}} day (by {{date}}), or your shop becomes read-only.',
  billingDunning_other:
    'Your last payment failed. Update your card within {{count}} days (by {{date}}), or your shop becomes read-only.',
  billingDunningReadOnly:
    'Your payment is overdue and the grace period has ended: your shop is read-only. Update your card to restore it.',
  billingDunningLink: 'Go to billing',
  billingPageCancelForm: 'Cancel',
  billingPageOpenForVendor: 'Billing',
  // Stripe webhooks and dunning
  subscriptionPastDueReadOnly:
    'Your {{plan}} subscription is past due and its grace period has ended: your data is read-only until the payment succeeds. Update your card under Billing.',
  stripeWebhookSignatureMissing: 'Missing Stripe-Signature header: this endpoint only accepts events signed by Stripe.',
  stripeWebhookSignatureInvalid:
    'The Stripe signature does not match this event: check that STRIPE_WEBHOOK_SECRET is the signing secret of this endpoint.',
  stripeWebhookTimestampStale:
    "The Stripe signature's timestamp is more than {{seconds}} seconds away from the server's clock: the event is refused as a possible replay.",
  stripeWebhookNotJson: 'The event body is not a Stripe event in JSON.',
  platformGraceDaysWhole: 'The grace period must be a whole number of days between 0 and 60.',
  // Vendor subscriptions
  fieldsWrittenByApp: 'These fields are set from Stripe by the app and cannot be changed here: {{fields}}.',
  // Invoicing review fixes
  invoiceSeriesReusesNumber:
    '{{field}}: this series could produce {{number}}, a number this shop has already given: choose a prefix or pattern no issued number fits.',
  orderHasIssuedInvoice:
    'This order has {{count}} issued invoice(s) or credit note(s): it cannot be deleted, as issued invoices never change.',
  invoiceSignedCents: 'Amounts are whole cents, from -{{max}} to {{max}}.',
  // Capacity planning
  capacitySignIn: 'Sign in as a super admin or a platform admin to see capacity figures.',
  capacityAdminsOnly: 'Capacity figures are for super admins and platform admins only.',
  capacityPlatformNotYours:
    'You do not manage the platform "{{platform}}": ask about one of your own platforms, or leave platform out.',
  capacityNoSuchPlatform: 'There is no platform "{{platform}}".',
  capacityDaysInvalid: 'days must be a whole number of days from 1 to 365.',
  capacityMetricVendors: 'Live subscriptions',
  capacityMetricMrr: 'MRR',
  capacityRecNearLimit:
    '{{vendor}} uses {{used}} of {{limit}} ({{percent}} %) of {{what}} on {{tier}}: suggest {{nextTier}}.',
  capacityRecNearLimitTopTier:
    '{{vendor}} uses {{used}} of {{limit}} ({{percent}} %) of {{what}} on {{tier}}, the highest plan: suggest an add-on.',
  capacityRecTierPricing:
    '{{count}} of {{total}} vendors on {{tier}} are at 80 % or more of a limit, mostly {{what}}: its limits or price deserve a look.',
  capacityRecTrialEnding: "{{vendor}}'s trial of {{tier}} ends on {{date}}.",
  capacityRecPastDue: '{{vendor}} is past due on {{tier}}.',
  capacityRecPastDueSince: '{{vendor}} is past due on {{tier}} since {{date}}.',
  capacityRecCapacitySoon_one:
    '{{what}} on {{platform}} is forecast to reach 80 % of capacity ({{threshold}}) on {{date}}, in {{count}} day.',
  capacityRecCapacitySoon_other:
    '{{what}} on {{platform}} is forecast to reach 80 % of capacity ({{threshold}}) on {{date}}, in {{count}} days.',
  capacityRecCapacityReached: '{{what}} on {{platform}} is at {{value}}, beyond 80 % of capacity ({{threshold}}).',
  capacityRecCeilingSoon_one:
    '{{what}} on {{platform}} is forecast to reach its planned ceiling ({{threshold}}) on {{date}}, in {{count}} day.',
  capacityRecCeilingSoon_other:
    '{{what}} on {{platform}} is forecast to reach its planned ceiling ({{threshold}}) on {{date}}, in {{count}} days.',
  capacityRecCeilingReached:
    '{{what}} on {{platform}} is at {{value}}, at or beyond its planned ceiling ({{threshold}}).',
  capacityViewTitle: 'Capacity',
  capacityViewIntro:
    'Per platform: theoretical capacity against usage, trends with their forecast, and what to look at.',
  capacityViewNoPlatforms: 'You manage no platform yet.',
  capacityViewNoSnapshots:
    'No snapshot yet: the daily captureCapacitySnapshot job takes one. The figures below are live.',
  capacityViewLastSnapshot: 'Last snapshot: {{date}}',
  capacityViewMrrDetail: 'of which past due {{pastDue}} · trials apart {{trial}}',
  capacityViewByTier: 'Vendors by tier',
  capacityViewByStatus: 'Vendors by status',
  capacityViewTrialsEnding: 'Trials ending this week',
  capacityViewPastDue: 'Past-due shops',
  capacityViewRecommendations: 'Recommendations',
  capacityViewNone: 'None.',
  capacityViewUsed: '{{used}} of {{limit}} used',
  capacityViewUnlimited: '+ {{count}} unlimited',
  capacityViewNotEnoughData: 'Not enough data for a trend: {{count}} of 7 days.',
  capacityViewTrend: '{{growth}} per day · R² {{r2}}',
  capacityViewCrosses: '80 % of capacity on {{date}}',
  capacityViewCrossesCeiling: 'ceiling on {{date}}',
  capacityChartUsed: 'Used',
  capacityChartForecast: 'Forecast',
  capacityChartThreshold: '80 % of capacity',
  capacityChartCeiling: 'Planned ceiling',
  capacityViewAllSnapshots: 'All snapshots',
  jobSchedulesTitle: 'Schedules',
  jobSchedulesTask: 'Task',
  jobSchedulesCron: 'Cron (UTC)',
  jobSchedulesNextRun: 'Next run',
  jobSchedulesLastRun: 'Last run',
  jobSchedulesNever: 'not yet',
  jobSchedulesRunning: 'running or waiting',
  jobSchedulesFailed: 'failed (try {{attempts}}): {{error}}',
  jobSchedulesFinished: 'finished {{date}}',
  // Subscription invoice lines, in our words (src/services/billing/subscriptionInvoiceLines.ts)
  billingLinePlanMonthly: '{{plan}} plan, monthly',
  billingLinePlanAnnual: '{{plan}} plan, annual',
  billingLineAddOn: 'Add-on: {{addOn}}',
  billingLineQuantity: '{{quantity}} × {{item}}',
  billingLineTrial: 'Free trial: {{item}}',
  billingLineUnusedTime: 'Unused time: {{item}}',
  billingLineRemainingTime: 'Remaining time: {{item}}',
  billingPageExpiredHowToReturn:
    'Your trial has ended and your shop is read-only: nothing was deleted. To come back, choose a plan below and add a card under Payment method; your shop is writable again as soon as the subscription is active.',
  customiseSignIn: 'Sign in to customise a page.',
  customisePageNotFound: 'No page {{id}} that you can read.',
  customiseOnlyDefaults:
    "Only a platform's default page can be customised; this page is already a shop's own page or a platform marketing page.",
  customiseNotYourShop: 'You can only customise pages for your own shop, on a platform your shop is on.',
  customiseChooseShop: 'You work for several shops on this platform: say which one in "vendor".',
  customisePage: 'Customise this page',
  customisePageHint: "This is the platform's default page: your shop shows it until you write your own version.",
  customisePageOpening: 'Opening your copy…',
  openPublicPage: 'Open the page',
}

export type MessageKey = keyof typeof en
export type Messages = Record<MessageKey, string>
