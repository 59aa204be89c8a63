import { BODY_TOO_LARGE } from '@/services/bodyCaps.mjs'

import type { Messages } from './en'

export const de: Messages = {
  productLimitReached_one:
    'Produktlimit erreicht: Ihr Tarif {{plan}} erlaubt {{count}} Produkt (products). Wechseln Sie in einen höheren Tarif oder archivieren Sie Produkte.',
  productLimitReached_other:
    'Produktlimit erreicht: Ihr Tarif {{plan}} erlaubt {{count}} Produkte (products). Wechseln Sie in einen höheren Tarif oder archivieren Sie Produkte.',
  orderLimitReached_one:
    'Bestelllimit erreicht: Ihr Tarif {{plan}} erlaubt {{count}} Bestellung pro Monat (ordersPerMonth). Wechseln Sie in einen höheren Tarif oder warten Sie auf Ihren nächsten Abrechnungszeitraum.',
  orderLimitReached_other:
    'Bestelllimit erreicht: Ihr Tarif {{plan}} erlaubt {{count}} Bestellungen pro Monat (ordersPerMonth). Wechseln Sie in einen höheren Tarif oder warten Sie auf Ihren nächsten Abrechnungszeitraum.',
  teamMemberLimitReached_one:
    'Limit für Teammitglieder erreicht: Ihr Tarif {{plan}} erlaubt {{count}} Teammitglied (teamMembers). Wechseln Sie in einen höheren Tarif oder entfernen Sie ein Teammitglied.',
  teamMemberLimitReached_other:
    'Limit für Teammitglieder erreicht: Ihr Tarif {{plan}} erlaubt {{count}} Teammitglieder (teamMembers). Wechseln Sie in einen höheren Tarif oder entfernen Sie ein Teammitglied.',
  cmsPageLimitReached_one:
    'Limit für CMS-Seiten erreicht: Ihr Tarif {{plan}} erlaubt {{count}} Seite (cmsPages). Wechseln Sie in einen höheren Tarif oder löschen Sie eine Seite.',
  cmsPageLimitReached_other:
    'Limit für CMS-Seiten erreicht: Ihr Tarif {{plan}} erlaubt {{count}} Seiten (cmsPages). Wechseln Sie in einen höheren Tarif oder löschen Sie eine Seite.',
  pageTooLarge:
    'Seite zu groß: diese Seite hat {{size}}; Ihr Tarif {{plan}} erlaubt Seiten bis {{limit}} (Seitengröße). Kürzen Sie den Text oder verteilen Sie ihn auf mehrere Seiten.',
  customPageLimitReached_one:
    'Limit für eigene Seiten erreicht: Ihr Tarif {{plan}} erlaubt {{count}} eigene Seite (cmsCustomPages). Wechseln Sie in einen höheren Tarif oder löschen Sie eine eigene Seite.',
  customPageLimitReached_other:
    'Limit für eigene Seiten erreicht: Ihr Tarif {{plan}} erlaubt {{count}} eigene Seiten (cmsCustomPages). Wechseln Sie in einen höheren Tarif oder löschen Sie eine eigene Seite.',
  subscriptionExpiredReadOnly:
    'Ihr Abonnement {{plan}} ist abgelaufen: Ihre Daten sind schreibgeschützt, bis Sie es verlängern. Wählen Sie unter Abrechnung einen Tarif, oder kontaktieren Sie uns, um es zu reaktivieren.',
  subscriptionCanceledReadOnly:
    'Ihr Abonnement {{plan}} ist gekündigt: Ihre Daten sind schreibgeschützt, bis Sie es verlängern. Wählen Sie unter Abrechnung einen Tarif, oder kontaktieren Sie uns, um es zu reaktivieren.',
  featureNotIncluded:
    'Ihr Tarif {{plan}} umfasst {{feature}} nicht. Wechseln Sie in einen höheren Tarif, um es zu nutzen.',
  productsBelongToPlatform: 'Produkte gehören zur Plattform „{{platform}}“: Wählen Sie diese als Plattform.',
  ordersBelongToPlatform: 'Bestellungen gehören zur Plattform „{{platform}}“: Wählen Sie diese als Plattform.',
  platformHasNoEntryTier:
    'Diese Plattform hat noch keine Abo-Tarife: Legen Sie ihren Einstiegstarif an, bevor Sie Händler hinzufügen.',
  ownersAddMembersOnly: 'Shop-Inhaber können nur Teammitglieder zu ihrem eigenen Shop hinzufügen.',
  ownShopDataOnly: 'Sie können nur die Daten Ihres eigenen Shops verwalten.',
  ownShopPagesOnly: 'Sie können nur die Seiten Ihres eigenen Shops bearbeiten.',
  shopNotOnPlatform: 'Ihr Shop ist nicht auf dieser Plattform: Wählen Sie eine Ihrer Plattformen.',
  defaultPagesAdminsOnly:
    'Nur die Admins dieser Plattform können ihre Marketingseiten und die Standardseiten für Händler bearbeiten; legen Sie stattdessen Ihre eigene Fassung der Seite an.',
  billingSignIn: 'Melden Sie sich an, um Ihre Abrechnung zu sehen.',
  billingOwnersOnly: 'Nur der Shop-Inhaber kann die Abrechnung sehen.',
  billingNoVendor: 'Sie besitzen keinen Shop.',
  billingNoVendorNamed: 'Sie besitzen keinen Shop „{{vendor}}“.',
  billingSeveralVendors: 'Sie besitzen mehrere Shops: Geben Sie ?vendor=SLUG an.',
  billingVendorNotOnPlatform: '{{vendor}} ist nicht auf der Plattform „{{platform}}“.',
  billingVendorOnNoPlatform: '{{vendor}} ist auf keiner Plattform.',
  billingSeveralPlatforms: '{{vendor}} ist auf mehreren Plattformen: Geben Sie ?platform=CODE an.',
  billingPlatformHasNoTiers: 'Die Plattform „{{platform}}“ hat keine Abo-Tarife.',
  invalidSlug:
    'Verwenden Sie Kleinbuchstaben, Ziffern und einzelne Bindestriche (z. B. „shipping-info“), höchstens 100 Zeichen.',
  invalidHexColour: 'Verwenden Sie eine Hex-Farbe wie #1f6feb.',
  invalidCountryCode: 'Verwenden Sie einen zweistelligen ISO-Ländercode wie LU.',
  invalidQuantity: 'Mengen sind ganze Zahlen, mindestens 1.',
  invalidCents: 'Beträge sind ganze Cent, mindestens 0.',
  usagePlan: 'Tarif {{plan}}',
  usageReadOnly: 'schreibgeschützt bis zur Verlängerung',
  usageUnlimited: '{{used}} (unbegrenzt)',
  dashboardTitle: 'Übersicht',
  dashboardWelcome: 'Willkommen bei {{platform}}',
  dashboardWelcomeIntro:
    'Ihre erste Woche mit {{vendor}}: Jeder Schritt unten öffnet die Stelle, an der er erledigt wird, und diese Liste verschwindet, sobald alles erledigt ist.',
  dashboardProgress: '{{done}} von {{total}} erledigt',
  dashboardStepDone: 'erledigt',
  dashboardStepToDo: 'offen',
  dashboardStepClaim: 'Ihren Letzshop-Shop bestätigen',
  dashboardStepPages: 'Ihre Seiten anpassen',
  selectThisRow: 'Diese Zeile auswählen',
  dashboardStepTeam: 'Ihr Team einladen',
  dashboardStepTeamSeats: 'Plätze hinzufügen, um Ihr Team einzuladen (Ihr Tarif hat keine mehr frei)',
  dashboardStepCard: 'Eine Zahlungskarte hinterlegen',
  dashboardStepOrders: 'Eine erste Bestellung erfassen oder Letzshop verbinden',
  dashboardPlanTrial: 'Tarif {{plan}}, Testphase bis {{date}}',
  dashboardBillingLink: 'Abrechnung: Tarif, Karte und Rechnungen',
  dashboardCollections: 'Ihre Daten',
  operatorDashboardTitle: 'Ihre Plattformen',
  operatorVendors: 'Shops',
  operatorVendorsByStatus: 'Abonnements nach Status',
  operatorRecentVendors: 'Neueste Shops',
  operatorNoVendors: 'Noch kein Shop auf dieser Plattform.',
  operatorTrialsEnding: 'Testphasen, die in den nächsten {{days}} Tagen enden',
  operatorNoTrialsEnding: 'Keine Testphase endet in den nächsten {{days}} Tagen.',
  operatorTrialEnds: '{{vendor}}: Tarif {{plan}}, Testphase bis {{date}}',
  operatorCapacityLink: 'Kapazitätsübersicht von {{platform}}',
  usageOrdersPerMonth: 'Bestellungen pro Monat',
  usageProducts: 'Produkte',
  usageTeamMembers: 'Teammitglieder',
  usageCmsPages: 'Website-Seiten',
  usageCmsCustomPages: 'Eigene Seiten',
  idempotencyKeyMalformed:
    'Der Header Idempotency-Key muss aus 1 bis 255 sichtbaren ASCII-Zeichen bestehen (Buchstaben, Ziffern, Satzzeichen; keine Leerzeichen).',
  idempotencyKeyReused:
    'Dieser Idempotency-Key wurde bereits für eine andere Anfrage mit anderem Inhalt verwendet. Wiederholen Sie sie mit demselben Inhalt oder nehmen Sie für eine neue Bestellung einen neuen Schlüssel.',
  idempotencyKeyInFlight:
    'Eine Anfrage mit diesem Idempotency-Key läuft noch. Versuchen Sie es gleich noch einmal, um ihre Antwort zu erhalten.',
  rowsNeedVendor: 'Diese Einträge gehören zu einem Shop: Wählen Sie Ihren Shop aus.',
  vendorHasKeptRows:
    'Dieser Shop hat {{count}} {{what}}, die gesetzlich aufbewahrt werden müssen, und kann daher nicht gelöscht werden: Deaktivieren Sie stattdessen seine Plattform-Mitgliedschaften.',
  vendorCascadeFailed: 'Die {{collection}} des Shops konnten nicht gelöscht werden: {{reason}}',
  managedPlatformsOnly:
    'Sie können nur die Plattformen verwalten, deren Admin Sie sind: Wählen Sie eine davon als Plattform.',
  tierOnOtherPlatform:
    'Der Tarif muss zur selben Plattform wie das Abonnement gehören: Wählen Sie einen Tarif dieser Plattform.',
  addOnOnOtherPlatform:
    'Jede Zusatzoption muss zur selben Plattform wie das Abonnement gehören: Wählen Sie Zusatzoptionen dieser Plattform.',
  vendorOnOtherPlatform:
    'Dieser Shop ist auf einer anderen Plattform: Er kann Ihrer über die Registrierung oder einen Super-Admin beitreten.',
  subscriptionHolderFixed:
    'Shop und Plattform eines Abonnements können sich nicht ändern: Kündigen Sie es und legen Sie eines für den anderen Shop an.',
  vendorNotOnPlatform: 'Dieser Shop ist nicht auf dieser Plattform: Fügen Sie ihn zuerst der Plattform hinzu.',
  rolesSuperAdminOnly: 'Nur ein Super-Admin kann Rollen ändern.',
  platformsSuperAdminOnly: 'Nur ein Super-Admin kann ändern, welche Plattformen ein Benutzer verwaltet.',
  vendorsSuperAdminOnly:
    'Nur ein Super-Admin kann Benutzer zu einem Shop hinzufügen; ein Inhaber kann seinen Shop aus dem Konto eines Teammitglieds entfernen.',
  credentialsOwnOnly:
    'Nur der Benutzer selbst oder ein Super-Admin kann seine E-Mail-Adresse oder sein Passwort ändern.',
  memberSharedRemoveInstead:
    'Dieses Teammitglied arbeitet auch für einen anderen Shop: Entfernen Sie Ihren Shop aus seinem Konto, statt es zu löschen.',
  letzshopClaimOnly:
    'Ein Letzshop-Shop wird durch Beanspruchen verknüpft (Registrierung oder Beanspruchungsschritt), nicht durch Bearbeiten dieser Felder.',
  domainInUse:
    'Die Domain {{domain}} wird bereits von einer anderen Plattform oder einem anderen Shop verwendet: Wählen Sie eine andere.',
  invalidHost: 'Geben Sie einen Hostnamen wie shop.beispiel.lu an (ohne https://, ohne Pfad).',
  orderOriginFixed:
    '{{fields}} einer Bestellung können nach dem Anlegen nicht mehr geändert werden; legen Sie stattdessen eine neue Bestellung an.',
  customPagesNotIncluded:
    'Eigene Seiten sind in Ihrem Tarif {{plan}} nicht enthalten: „{{slug}}“ ist keine der Standardseiten der Plattform.{{allowed}} Wechseln Sie den Tarif, um eigene Seiten anzulegen.',
  useOneOf: ' Verwenden Sie eine davon: {{slugs}}.',
  emptyPassword: 'Das Passwort darf nicht leer sein: Lassen Sie es weg, um das aktuelle zu behalten.',
  platformIdentitySuperAdminOnly: 'Nur ein Super-Admin kann Code, Pfadpräfix oder Aktivierung einer Plattform ändern.',
  // Letzshop lookup and claim, rate limits
  letzshopReferenceRequired:
    'Geben Sie die Letzshop-Seite Ihres Shops als url (https://letzshop.lu/de/vendors/ihr-shop) oder seine Kennung als slug (ihr-shop) an, eines von beiden.',
  letzshopBadReference:
    'Das ist keine Adresse eines Letzshop-Shops: Fügen Sie die Seite Ihres Shops ein, etwa https://letzshop.lu/de/vendors/ihr-shop, oder nur deren letzten Teil (ihr-shop).',
  letzshopSearchLength: 'Geben Sie 2 bis 100 Zeichen des Namens Ihres Shops ein (q).',
  letzshopShopNotFound:
    'Auf Letzshop gibt es keinen Shop „{{slug}}“: Prüfen Sie die Adresse der Seite Ihres Shops auf Letzshop.',
  letzshopUnavailable:
    'Letzshop ist gerade nicht erreichbar. Versuchen Sie es gleich noch einmal oder überspringen Sie diesen Schritt: Sie können Ihren Shop später in der Verwaltung beanspruchen.',
  letzshopTimedOut:
    'Letzshop antwortet zu langsam. Versuchen Sie es gleich noch einmal oder überspringen Sie diesen Schritt: Sie können Ihren Shop später in der Verwaltung beanspruchen.',
  letzshopClaimSignIn: 'Melden Sie sich an, um Ihren Letzshop-Shop zu beanspruchen.',
  letzshopClaimOwnersOnly: 'Nur der Shop-Inhaber kann seinen Letzshop-Shop beanspruchen.',
  letzshopClaimNotYourVendor: 'Sie besitzen keinen Shop „{{vendor}}“.',
  letzshopClaimSeveralVendors: 'Sie besitzen mehrere Shops: Geben Sie in vendor an, welchen (seinen Slug).',
  letzshopClaimReference:
    'Geben Sie Ihren Letzshop-Shop als letzshopSlug (ihr-shop) oder letzshopUrl (https://letzshop.lu/de/vendors/ihr-shop) an, eines von beiden.',
  letzshopClaimTitle: 'Letzshop-Shop',
  letzshopClaimIntro:
    '{{vendor}} ist noch nicht mit seinem Letzshop-Shop verknüpft. Fügen Sie die Adresse Ihres Shops auf Letzshop ein oder nur ihren letzten Teil.',
  letzshopClaimLabel: 'Ihr Shop auf Letzshop (Adresse oder Slug)',
  letzshopClaimButton: 'Beanspruchen',
  letzshopClaimDone: '{{vendor}} ist jetzt mit dem Letzshop-Shop „{{slug}}“ verknüpft.',
  letzshopClaimNetwork:
    'Die Anfrage konnte nicht gesendet werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  letzshopShopClaimed:
    'Dieser Letzshop-Shop wurde bereits von einem anderen Konto beansprucht. Wenn es Ihrer ist, kontaktieren Sie uns, wir klären das.',
  letzshopShopClaimedContact:
    'Dieser Letzshop-Shop wurde bereits von einem anderen Konto beansprucht. Wenn es Ihrer ist, schreiben Sie uns an {{contact}}, wir klären das.',
  letzshopShopHeld:
    'Gerade registriert jemand diesen Letzshop-Shop. Versuchen Sie es in {{minutes}} Minuten erneut; wenn es Ihrer ist, kontaktieren Sie uns.',
  letzshopShopHeldContact:
    'Gerade registriert jemand diesen Letzshop-Shop. Versuchen Sie es in {{minutes}} Minuten erneut; wenn es Ihrer ist, schreiben Sie uns an {{contact}}.',
  letzshopVendorHasShop:
    'Ihr Shop ist bereits mit dem Letzshop-Shop „{{slug}}“ verbunden; kontaktieren Sie uns, um einen anderen zu verbinden.',
  serviceBrieflyUnavailable: 'Der Dienst ist kurz nicht verfügbar: Bitte versuchen Sie es in einigen Sekunden erneut.',
  letzshopSyncSignIn: 'Melden Sie sich an, um die Letzshop-Bestellsynchronisierung zu verwalten.',
  letzshopSyncOwnersOnly: 'Nur ein Inhaber des Shops kann Letzshop verbinden oder trennen.',
  letzshopSyncNotYourVendor: 'Sie sind kein Benutzer eines Shops „{{vendor}}“.',
  letzshopSyncNoVendor: 'Ihr Konto gehört zu keinem Shop.',
  letzshopSyncSeveralVendors: 'Sie gehören zu mehreren Shops: Geben Sie mit ?vendor= (seiner Kennung) an, welchen.',
  letzshopSyncVendorUsersOnly: 'Die Letzshop-Bestellsynchronisierung ist für Inhaber und Mitglieder des Shops.',
  letzshopSyncNotOnPlatform:
    'Ihr Shop ist nicht auf der Plattform „{{platform}}“, wo die Letzshop-Synchronisierung liegt.',
  letzshopKeyRefused:
    'Letzshop hat diesen API-Schlüssel abgelehnt: Prüfen Sie, ob Sie ihn vollständig kopiert haben und ob er mindestens „Shop-Manager“-Rechte hat. Es wurde nichts gespeichert.',
  letzshopNotConnected:
    'Ihr Shop ist nicht mit Letzshop verbunden: Verbinden Sie ihn zuerst mit Ihrem Letzshop-API-Schlüssel.',
  letzshopKeyFailingReconnect:
    'Letzshop lehnt den gespeicherten API-Schlüssel ab: Verbinden Sie sich mit einem gültigen Schlüssel erneut, um die Synchronisierung fortzusetzen.',
  letzshopSyncNotActive:
    'Die Letzshop-Synchronisierung ist {{status}}: Setzen Sie sie fort (oder verbinden Sie einen gültigen Schlüssel), bevor Sie synchronisieren.',
  letzshopOrderNotImported: 'Diese Bestellung wurde nicht aus Letzshop importiert: Dort gibt es nichts zu bestätigen.',
  letzshopUnitUnknown: 'Der Artikel „{{id}}“ gehört nicht zu dieser Bestellung.',
  letzshopUnitAnswered:
    'Der Artikel „{{id}}“ wurde auf Letzshop bereits beantwortet; die Antwort kann sich nicht mehr ändern.',
  letzshopOrderNotFound: 'Bestellung nicht gefunden.',
  letzshopSyncNav: 'Letzshop-Synchronisierung',
  letzshopSyncTitle: 'Letzshop-Bestellsynchronisierung',
  letzshopSyncIntro:
    'Ihre Letzshop-Bestellungen, alle 10 Minuten im Rahmen Ihres Tarifs importiert, und Ihre Antworten an Letzshop zurückgesendet.',
  letzshopSyncKeyLabel: 'Ihr Letzshop-API-Schlüssel',
  letzshopSyncConnect: 'Verbinden',
  letzshopSyncReplaceKey: 'Schlüssel ersetzen',
  letzshopSyncStatus: 'Status: {{status}} · Schlüssel …{{last4}} · Shop {{shop}}',
  letzshopSyncLastRun: 'Letzter Lauf: {{at}}',
  letzshopSyncNextRun: 'Nächster Lauf: {{at}}',
  letzshopSyncPause: 'Pausieren',
  letzshopSyncResume: 'Fortsetzen',
  letzshopSyncNow: 'Jetzt synchronisieren',
  letzshopSyncQueued: 'Ein Lauf ist eingeplant.',
  letzshopSyncDisconnect: 'Trennen',
  letzshopSyncHeldBanner:
    'Ihr monatliches Bestelllimit ist erreicht: {{count}} Letzshop-Bestellung(en) warten auf Letzshop. Wechseln Sie unter Abrechnung den Tarif, sonst werden sie im nächsten Zeitraum importiert.',
  letzshopSyncHistory: 'Läufe',
  letzshopSyncRunsEmpty: 'Noch keine Läufe.',
  letzshopSyncColStarted: 'Beginn',
  letzshopSyncColStatus: 'Status',
  letzshopSyncColImported: 'Importiert',
  letzshopSyncColSkipped: 'Bereits importiert',
  letzshopSyncColHeld: 'Vom Limit zurückgehalten',
  letzshopSyncColError: 'Fehler',
  letzshopSyncPlans: 'Tarife mit Letzshop-Synchronisierung: {{plans}}.',
  letzshopSyncOrders: 'Zu bestätigende Bestellungen',
  letzshopSyncOrdersEmpty: 'Keine importierte Bestellung wartet auf Ihre Antwort.',
  letzshopSyncConfirm: 'Verfügbar',
  letzshopSyncDecline: 'Nicht verfügbar',
  letzshopSyncTracking: 'Sendungsnummer',
  letzshopSyncSend: 'An Letzshop senden',
  letzshopSyncSent: 'Gespeichert: wird in Kürze an Letzshop gesendet.',
  tooManyRequests_one: 'Zu viele Anfragen: Versuchen Sie es in {{count}} Sekunde erneut.',
  tooManyRequests_other: 'Zu viele Anfragen: Versuchen Sie es in {{count}} Sekunden erneut.',
  tooManyLoginAttempts_one:
    'Zu viele Anmeldeversuche von dieser Verbindung oder für dieses Konto: Versuchen Sie es in {{count}} Sekunde erneut.',
  tooManyLoginAttempts_other:
    'Zu viele Anmeldeversuche von dieser Verbindung oder für dieses Konto: Versuchen Sie es in {{count}} Sekunden erneut.',
  crossOriginWriteRefused:
    'Anfrage einer anderen Herkunft abgelehnt: Eine Änderung mit Ihrem Anmelde-Cookie muss von dieser Website kommen, nicht von {{origin}}.',
  collectionKeepsNoVersions: 'Die Sammlung {{collection}} bewahrt keine Versionen auf.',
  // Signup
  signupSessionIdRequired:
    'sessionId ist erforderlich: Beginnen Sie zuerst die Registrierung (POST /api/platform/signup/start).',
  signupSessionNotFound:
    'Diese Registrierungssitzung gibt es nicht oder sie ist abgelaufen (eine Sitzung gilt 24 Stunden nach ihrem letzten Schritt): Beginnen Sie die Registrierung neu.',
  signupCompleted: 'Diese Registrierung ist bereits abgeschlossen: Melden Sie sich in Ihrer Verwaltung an.',
  signupPlatformRequired: 'platform ist erforderlich: der Code einer Plattform, z. B. oms.',
  signupPlatformNotFound: 'Es gibt keine Plattform „{{platform}}“: Wählen Sie eine unserer Plattformen.',
  signupTierRequired: 'tier ist erforderlich: der Code eines Tarifs von der Preisseite.',
  signupTierNotFound:
    'Der Tarif „{{tier}}“ wird auf dieser Plattform nicht angeboten: Wählen Sie einen Tarif von der Preisseite.',
  signupPlanNotOnline:
    'Der Tarif „{{tier}}“ kann mit {{period}} Abrechnung nicht online abgeschlossen werden: Kontaktieren Sie uns oder wählen Sie einen anderen Tarif.',
  signupShopReference:
    'Geben Sie Ihren Letzshop-Shop als letzshopSlug (ihr-shop) oder letzshopUrl (https://letzshop.lu/de/vendors/ihr-shop) an, eines von beiden, oder überspringen Sie diesen Schritt.',
  contactNameInvalid: 'name: Geben Sie Ihren Namen an (1 bis 100 Zeichen).',
  contactEmailInvalid: 'email: Geben Sie eine E-Mail-Adresse an, an die wir antworten können.',
  contactMessageLength: 'message: Schreiben Sie Ihre Nachricht (10 bis 5000 Zeichen).',
  contactPlatformUnknown: 'platform: Zu diesem Plattformcode gibt es keine Website.',
  signupEmailInvalid: 'email muss eine gültige E-Mail-Adresse sein.',
  signupPasswordLength: 'password muss zwischen 10 und 200 Zeichen lang sein.',
  signupCompanyName: 'companyName ist erforderlich (höchstens 200 Zeichen).',
  signupCountry: 'country muss ein zweistelliger Ländercode wie LU sein.',
  signupLocale: 'locale muss en, fr oder de sein.',
  signupEmailTaken: 'Es gibt bereits ein Konto mit dieser E-Mail-Adresse: Melden Sie sich stattdessen an.',
  signupVatInvalid:
    'Die USt-IdNr. „{{vat}}“ ist ungültig: Prüfen Sie sie anhand Ihrer Umsatzsteuer-Registrierung oder lassen Sie das Feld leer.',
  signupVatWrongCountry:
    'Die USt-IdNr. „{{vat}}“ ist keine USt-IdNr. von {{country}}: Prüfen Sie das Land oder die Nummer.',
  signupVatUnsupported: 'USt-IdNrn. aus {{country}} können hier nicht geprüft werden: Lassen Sie das Feld leer.',
  signupNeedsAccount:
    'Der Konto-Schritt fehlt: Senden Sie zuerst E-Mail, Passwort, Firmenname und Land (POST /api/platform/signup/account).',
  signupNeedsSetupIntent:
    'Der Karten-Schritt fehlt: Fordern Sie zuerst das Kartenformular an (POST /api/platform/signup/setup-intent) und bestätigen Sie Ihre Karte.',
  signupSetupIntentRequired: 'setupIntentId ist erforderlich: die ID des bestätigten SetupIntent (seti_...).',
  signupSetupIntentMismatch:
    'Diese Kartenbestätigung gehört nicht zu dieser Registrierung: Laden Sie die Seite neu und geben Sie Ihre Karte erneut ein.',
  signupCardNotConfirmed:
    'Ihre Karte wurde nicht akzeptiert{{reason}}. Geben Sie sie erneut ein oder verwenden Sie eine andere Karte.',
  signupFirstPaymentDeclined:
    'Ihre Karte hat die erste Zahlung Ihres Abonnements abgelehnt (es beginnt ohne kostenlose Testphase): Es wurde nichts angelegt. Versuchen Sie es später erneut oder registrieren Sie sich mit einer anderen Karte.',
  signupTrialUsedShop:
    'Dieser Shop hatte bereits eine kostenlose Testphase bei {{platform}}: Ihr Abonnement beginnt jetzt, ohne Testphase.',
  signupTrialUsedVatNumber:
    'Diese Umsatzsteuer-Identifikationsnummer hatte bereits eine kostenlose Testphase bei {{platform}}: Ihr Abonnement beginnt jetzt, ohne Testphase.',
  signupTrialUsedCard:
    'Diese Karte hatte bereits eine kostenlose Testphase bei {{platform}}: Ihr Abonnement beginnt jetzt, ohne Testphase.',
  signupPaymentProviderUnconfirmed:
    'Unser Zahlungsanbieter hat Ihr Abonnement nicht rechtzeitig bestätigt: Es wurde möglicherweise angelegt. Versuchen Sie es gleich noch einmal: Die Registrierung setzt dort fort, wo sie stehen blieb, und nichts wird doppelt angelegt oder belastet.',
  signupPaymentProviderFailed:
    'Unser Zahlungsanbieter hat nicht korrekt geantwortet: Es wurde nichts angelegt und nichts belastet. Versuchen Sie es gleich noch einmal.',
  // Billing changes (plan, add-ons, cancel, card, subscription invoices)
  billingOwnersOnlyWrite: 'Nur der Inhaber des Shops kann seine Abrechnung ändern.',
  billingRoleForbidden:
    'Die Abrechnung sehen der Inhaber und die Mitglieder des Shops sowie Plattform-Administratoren.',
  billingVendorRequired: 'Geben Sie den Shop an: ?vendor=SLUG.',
  billingNoSuchVendor: 'Es gibt keinen Shop „{{vendor}}“.',
  billingNotYourVendor: 'Sie gehören nicht zum Shop „{{vendor}}“.',
  billingVendorNotManaged: 'Der Shop „{{vendor}}“ ist auf keiner Ihrer Plattformen.',
  billingNoSubscription:
    '{{vendor}} hat auf dieser Plattform noch kein Abonnement: Schließen Sie eines über die Preisseite ab.',
  billingNotOnStripe: 'Dieses Abonnement wird nicht online abgerechnet: Kontaktieren Sie uns, um es zu ändern.',
  billingSubscriptionEnded:
    'Dieses Abonnement ist {{status}}: Es kann nicht mehr geändert werden. Kontaktieren Sie uns für einen Neustart.',
  billingTierNotFound:
    'Es gibt keinen Tarif „{{tier}}“ auf dieser Plattform: Wählen Sie einen der Tarife auf der Preisseite.',
  billingTierRequired: 'tier ist erforderlich: der Code eines Tarifs.',
  billingAddOnCodeRequired: 'code ist erforderlich: der Code einer Zusatzoption.',
  billingSetupIntentId: 'setupIntentId muss die ID eines bestätigten SetupIntent sein (seti_...).',
  billingSamePlan:
    'Sie haben bereits {{plan}} mit Abrechnung {{period}}: Wählen Sie einen anderen Tarif oder Abrechnungszeitraum.',
  billingPlanNotOnline:
    'Der Tarif „{{plan}}“ kann mit Abrechnung {{period}} nicht online gebucht werden: Kontaktieren Sie uns oder wählen Sie einen anderen Tarif.',
  billingOverLimit:
    '{{details}}. Entfernen Sie zuerst, was über dem Limit liegt, oder wählen Sie einen größeren Tarif.',
  billingOverLimitLine: 'Sie haben {{used}} {{what}}; {{plan}} erlaubt {{limit}}',
  billingLimitOrdersPerMonth: 'Bestellungen im Zeitraum',
  billingLimitProducts: 'Produkte',
  billingLimitTeamMembers: 'Teammitglieder',
  billingLimitCmsPages: 'Seiten',
  billingLimitCmsCustomPages: 'eigene Seiten',
  billingWithoutAddOn: '{{plan}} ohne {{addOn}}',
  billingAddOnNotFound: 'Es gibt keine Zusatzoption „{{code}}“ auf dieser Plattform.',
  billingAddOnAlreadyActive: 'Sie haben die Zusatzoption „{{addOn}}“ bereits.',
  billingAddOnNotActive: 'Sie haben die Zusatzoption „{{addOn}}“ nicht.',
  billingAddOnPeriodMismatch:
    'Die Zusatzoption „{{addOn}}“ wird pro {{interval}} abgerechnet und kann nicht Teil eines Abonnements mit Abrechnung {{period}} sein: Entfernen Sie sie zuerst oder behalten Sie Ihren Abrechnungszeitraum.',
  billingAlreadyCanceling: 'Ihr Abonnement endet bereits am {{date}}.',
  billingNotCanceling: 'Ihr Abonnement ist nicht gekündigt: Es gibt nichts fortzusetzen.',
  billingChangeWhileCanceling:
    'Ihr Abonnement endet am {{date}}: Setzen Sie es zuerst fort und wählen Sie dann den kleineren Tarif für den nächsten Zeitraum.',
  billingCardDeclined:
    'Ihre Karte wurde abgelehnt, daher wurde nichts geändert. Ersetzen Sie Ihre Karte unter Abrechnung und versuchen Sie es erneut.',
  billingPaymentProviderUnconfirmed:
    'Unser Zahlungsanbieter hat die Änderung nicht rechtzeitig bestätigt: Sie wurde möglicherweise vorgenommen und wird gerade bestätigt. Laden Sie diese Seite in einer Minute neu, bevor Sie es erneut versuchen.',
  billingChangeInProgress: 'Eine andere Änderung dieses Abonnements läuft gerade: Laden Sie die Seite gleich neu.',
  billingPaymentProviderFailed:
    'Unser Zahlungsanbieter hat nicht korrekt geantwortet, daher wurde nichts geändert. Versuchen Sie es gleich noch einmal.',
  billingCardNotShown:
    'Unser Zahlungsanbieter hat nicht korrekt geantwortet, daher kann Ihre Karte nicht angezeigt werden. Versuchen Sie es gleich noch einmal.',
  billingSetupIntentMismatch:
    'Diese Kartenbestätigung gehört nicht zu Ihrem Abonnement: Geben Sie Ihre Karte erneut ein.',
  billingCardNotConfirmed:
    'Ihre neue Karte wurde nicht akzeptiert{{reason}}. Geben Sie sie erneut ein oder verwenden Sie eine andere Karte.',
  billingChangeNotShownYet:
    'Ihre Änderung wurde bei unserem Zahlungsanbieter vorgenommen, wird hier aber noch nicht angezeigt: Das geschieht innerhalb einer Minute. Wiederholen Sie sie nicht.',
  // Invoices the shops issue to their customers
  featureNotInPlan:
    'Ihr Tarif umfasst {{feature}} nicht. Wechseln Sie in einen Tarif, der es enthält, um es zu nutzen.',
  invoicesBelongToPlatform: 'Rechnungen gehören zur Plattform „{{platform}}“: Wählen Sie sie als Plattform.',
  invoiceSignIn: 'Melden Sie sich an, um mit Rechnungen zu arbeiten.',
  invoiceVendorUsersOnly: 'Nur Inhaber und Teammitglieder eines Shops arbeiten mit seinen Rechnungen.',
  invoiceSettingsOwnersOnly: 'Nur der Inhaber des Shops kann seine Rechnungseinstellungen ändern.',
  invoiceNoVendor: 'Sie gehören zu keinem Shop.',
  invoiceNotYourVendor: 'Sie gehören zu keinem Shop „{{vendor}}“.',
  invoiceSeveralVendors: 'Sie gehören zu mehreren Shops: Geben Sie ?vendor=SLUG an (oder „vendor“ im Body).',
  invoiceVendorNotOnOms: 'Ihr Shop ist nicht auf der Plattform „{{platform}}“, auf der die Rechnungsstellung liegt.',
  invoiceNotFound: 'Diese Rechnung gibt es nicht.',
  invoiceNotYours: 'Diese Rechnung gehört einem anderen Shop.',
  invoiceSettingsNotYet:
    'Ihre Rechnungseinstellungen sind noch nicht erfasst: Senden Sie sie mit PATCH /api/vendor/invoice-settings (Firmenname, Anschrift, USt-IdNr., Bankverbindung).',
  invoiceSettingsMissing:
    'Erfassen Sie Ihre Rechnungseinstellungen (Firmenname, Anschrift, USt-IdNr.), bevor Sie Rechnungen anlegen.',
  invoiceCountryUnknown: '„{{country}}“ ist kein Ländercode: Verwenden Sie zwei Großbuchstaben wie LU, FR oder DE.',
  invoiceSellerVatInvalid:
    'Die USt-IdNr. „{{vat}}“ ist ungültig: Prüfen Sie sie anhand Ihrer Umsatzsteuer-Registrierung.',
  invoiceSellerVatWrongCountry:
    'Die USt-IdNr. „{{vat}}“ ist keine USt-IdNr. von {{country}}, dem Land Ihrer Anschrift: Prüfen Sie Nummer oder Anschrift.',
  invoiceVatStatusInvalid:
    'vatStatus ist „registered“ (Sie berechnen Umsatzsteuer) oder „franchise“ (luxemburgische Kleinunternehmerregelung).',
  invoiceSellerVatNumberRequired:
    'Ihre Rechnungseinstellungen enthalten keine gültige USt-IdNr. (vatNumber): Ein umsatzsteuerpflichtiger Verkäufer kann ohne sie keine Rechnung ausstellen. Tragen Sie sie in die Rechnungseinstellungen ein, oder setzen Sie vatStatus auf „franchise“, wenn Sie unter die luxemburgische Kleinunternehmerregelung fallen.',
  invoiceFranchiseLuxembourgOnly:
    'Die Kleinunternehmerregelung (vatStatus „franchise“) wird nur für in Luxemburg ansässige Verkäufer unterstützt: Geben Sie eine Anschrift in Luxemburg an, oder setzen Sie vatStatus auf „registered“.',
  invoiceFranchiseTaxNumberMissing:
    'Unter der Kleinunternehmerregelung brauchen Ihre Rechnungseinstellungen Ihre USt-IdNr. oder Ihre Steuernummer (taxNumber), bevor Sie eine Rechnung ausstellen können.',
  invoiceFranchisePreviousYear:
    'Ihr Umsatz des Vorjahres, {{turnover}} (turnoverPreviousYear), liegt über {{limit}}, der am {{date}} geltenden Grenze der Kleinunternehmerregelung: Sie müssen Umsatzsteuer berechnen. Lassen Sie sich für die Umsatzsteuer registrieren und setzen Sie dann vatStatus auf „registered“ mit Ihrer USt-IdNr.',
  invoiceFranchiseCurrentYear:
    'Mit dieser Rechnung übersteigt Ihr Umsatz dieses Jahres, {{turnover}}, die am {{date}} geltende Grenze der Kleinunternehmerregelung von {{limit}} (Toleranz eingeschlossen): Dieser Umsatz ist steuerpflichtig (vatStatus). Lassen Sie sich für die Umsatzsteuer registrieren und setzen Sie dann vatStatus auf „registered“ mit Ihrer USt-IdNr.',
  invoiceFranchiseNoThreshold:
    'Für das Lieferdatum {{date}} ist keine Grenze der Kleinunternehmerregelung bekannt: Rechnungen unter der Regelung können für Lieferungen ab 2020 ausgestellt werden.',
  invoiceIbanInvalid:
    'Diese IBAN ist ungültig (die Prüfziffern stimmen nicht): Prüfen Sie sie anhand Ihrer Bankverbindung.',
  invoiceEndpointSchemeInvalid:
    'Das Schema der elektronischen Adresse „{{scheme}}“ steht nicht in der EAS-Codeliste von Peppol: Verwenden Sie einen vierstelligen Code wie 9938 (luxemburgische USt-IdNr.), 9930 (deutsche USt-IdNr.) oder 0208 (belgische Unternehmensnummer).',
  invoiceEndpointIdInvalid:
    'Die elektronische Adresse „{{id}}“ passt nicht zum Schema {{scheme}}: Geben Sie die Kennung ohne Leerzeichen an (für 9938 Ihre USt-IdNr., z. B. LU26375245).',
  invoiceBicInvalid: 'Diese BIC ist ungültig: Sie hat 8 oder 11 Buchstaben und Ziffern, z. B. BCEELULL.',
  invoicePatternInvalid:
    'Das Nummernmuster „{{pattern}}“ ist ungültig: Es muss {seq} genau einmal enthalten (z. B. {seq:05} für 5 Stellen), darf {prefix} und {year} enthalten und sonst nichts in geschweiften Klammern.',
  invoicePrefixInvalid: 'Ein Nummernpräfix hat höchstens 20 Zeichen, ohne Leerzeichen und geschweifte Klammern.',
  invoiceSeriesCollide:
    'Rechnungen und Rechnungskorrekturen bekämen dieselben Nummern: Geben Sie Rechnungskorrekturen ein anderes Präfix oder Muster.',
  invoiceLogoTooLarge: 'Das Logo ist zu groß: höchstens {{kb}} KB.',
  invoiceLogoFormat: 'Das Logo muss ein PNG- oder JPEG-Bild sein, als Data-URL gesendet (data:image/png;base64,...).',
  invoicePaymentTerms: 'Das Zahlungsziel ist eine ganze Zahl von Tagen von 0 bis 365.',
  invoiceImmutable:
    'Die Rechnung {{number}} ist ausgestellt und kann nicht mehr geändert oder gelöscht werden: Stellen Sie zur Korrektur eine Rechnungskorrektur aus.',
  invoiceFieldsByService:
    'Diese Felder werden durch Ausstellen, Gutschreiben oder Bezahlen einer Rechnung gesetzt, nicht direkt: {{fields}}.',
  invoiceChangedWhileIssuing:
    'Der Kunde der Rechnung wurde während der Ausstellung geändert: Stellen Sie sie erneut aus.',
  invoiceAlreadyIssued: 'Diese Rechnung ist bereits ausgestellt ({{number}}).',
  invoiceCreditDraft: 'Ein Entwurf kann nicht gutgeschrieben werden: Löschen oder ändern Sie ihn.',
  invoiceAlreadyCredited: 'Zur Rechnung {{number}} gibt es bereits eine Rechnungskorrektur.',
  invoiceCreditNoteOfCreditNote: 'Eine Rechnungskorrektur kann nicht selbst korrigiert werden.',
  invoiceCannotMarkPaid: 'Nur eine ausgestellte Rechnung kann als bezahlt markiert werden (diese ist {{status}}).',
  invoiceNoCustomerEmail:
    'Diese Rechnung hat keine E-Mail-Adresse des Kunden und kann daher nicht gesendet werden: Ergänzen Sie sie im Entwurf.',
  invoiceEmailNeedsIssue: '„email“ erfordert „issue“: true (nur ausgestellte Rechnungen werden versandt).',
  bodyNotJsonObject: 'Senden Sie ein JSON-Objekt als Body der Anfrage (Content-Type: application/json).',
  unknownField: '„{{field}}“ ist kein Feld dieser Anfrage: Prüfen Sie die Schreibweise oder lassen Sie es weg.',
  queryParameterRepeated: 'Der Parameter „{{name}}“ kommt mehrmals vor: Senden Sie ihn nur einmal.',
  bodyTooLarge: BODY_TOO_LARGE.de,
  billingPeriodInvalid: 'billingPeriod muss „monthly“ oder „annual“ sein.',
  paramRequired: '{{name}} ist erforderlich.',
  paramText: '{{name}} muss ein Text sein.',
  paramTooLong: '{{name}} hat höchstens {{max}} Zeichen.',
  paramSlug: '{{name}} darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten.',
  localeOneOf: 'locale muss eine dieser Sprachen sein: {{locales}}.',
  inputNulCharacter: 'enthält ein NUL-Zeichen (\\u0000), das nie gültig ist.',
  inputNulCharacterWhole: 'Die Eingabe enthält ein NUL-Zeichen (\\u0000), das nie gültig ist.',
  invoiceOrderOrLines: 'Senden Sie entweder „order“ (deren Positionen übernommen werden) oder „lines“, nicht beides.',
  invoiceLinesMissing: 'Senden Sie „order“ (eine Bestellnummer) oder „lines“ (mindestens eine Position).',
  invoiceCustomerMissing: '„customer“ ist erforderlich: Name, Typ (consumer oder business) und Anschrift.',
  invoiceOrderCustomerMissing:
    'Bestellungen enthalten weder Anschrift noch Typ des Kunden: Senden Sie „customer“ mit Typ und Anschrift (Name und E-Mail werden sonst aus der Bestellung übernommen).',
  invoiceCustomerNameMissing: 'Der Name des Kunden fehlt: Senden Sie customer.name.',
  invoiceCustomerField: 'customer.{{field}} ist erforderlich, höchstens {{max}} Zeichen.',
  invoiceCustomerEmail: 'customer.email muss eine gültige E-Mail-Adresse sein.',
  invoiceCustomerType: 'customer.type muss „consumer“ oder „business“ sein.',
  invoiceCustomerVat: 'customer.vatNumber muss ein Text von höchstens 20 Zeichen sein.',
  invoiceCustomerAddress: 'customer.address ist erforderlich: street, postalCode, city und country.',
  invoiceCustomerLocale: 'customer.locale muss en, fr oder de sein.',
  invoiceOrderId: 'order muss die Kennung einer Ihrer Bestellungen sein.',
  invoiceOrderNotFound: 'Ihr Shop hat keine Bestellung {{order}}.',
  invoiceOrderHasInvoice:
    'Zur Bestellung {{order}} gibt es bereits die Rechnung {{invoice}}: Schreiben Sie sie zuerst gut, um die Bestellung erneut abzurechnen.',
  invoiceLinesCount: 'Eine Rechnung hat 1 bis {{max}} Positionen.',
  invoiceLineDescription: 'Jede Position braucht eine Beschreibung von höchstens {{max}} Zeichen.',
  invoiceQuantity: 'Mengen sind ganze Zahlen von 1 bis {{max}}.',
  invoiceUnitPrice: 'Stückpreise sind ganze Cent ohne USt., von 0 bis {{max}}.',
  invoiceVatCategory: 'vatCategory muss einer dieser Werte sein: {{categories}}.',
  invoiceSupply: 'supply muss „goods“ oder „services“ sein.',
  invoiceSupplyDate: 'supplyDate muss ein Datum wie 2026-11-29 sein.',
  invoiceFlag: '{{field}} muss true oder false sein.',
  invoicePdfFormat: 'format muss pdf oder facturx sein.',
  invoiceVatInput: 'Die Rechnung kann nicht berechnet werden: {{reason}}.',
  invoiceActionIssue: 'Rechnung ausstellen',
  invoiceActionIssueEmail: 'Ausstellen und an den Kunden senden',
  invoiceActionCredit: 'Rechnungskorrektur erstellen',
  invoiceActionPaid: 'Als bezahlt markieren',
  invoiceActionPdf: 'PDF herunterladen',
  invoiceActionFacturX: 'Factur-X herunterladen',
  invoiceActionXml: 'XML (UBL) herunterladen',
  invoiceActionConfirmCredit:
    'Eine Rechnungskorrektur erstellen, die diese Rechnung vollständig storniert? Das lässt sich nicht rückgängig machen.',
  invoiceActionFailed: 'Die Anfrage ist fehlgeschlagen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  invoiceActionIssued: 'Die Rechnung {{number}} ist ausgestellt.',
  invoiceActionIssuedSent: 'Die Rechnung {{number}} ist ausgestellt und an den Kunden gesendet.',
  invoiceActionCredited: 'Die Rechnungskorrektur {{number}} ist ausgestellt: Sie storniert die Rechnung vollständig.',
  invoiceActionMarkedPaid: 'Die Rechnung {{number}} ist als bezahlt markiert.',
  invoiceActionMore: 'Downloads und Versand',
  invoiceTotalsPending: 'Werden beim Speichern berechnet.',
  invoiceViesNotChecked:
    'Nicht geprüft: VIES wird nur beim Ausstellen der Rechnung abgefragt, für Geschäftskunden in einem anderen Mitgliedstaat.',
  invoiceReadOnly:
    'Ausgestellte Rechnungen ändern sich nie. Um diese zu korrigieren, erstellen Sie eine Rechnungskorrektur.',
  invoiceSaveBeforeIssue: 'Speichern Sie zuerst Ihre Änderungen: Die Rechnung wird wie gespeichert ausgestellt.',
  moneyInputInvalid: 'Geben Sie einen Betrag in Euro ein, z. B. 76,50.',
  moneyOutOfRange: 'Beträge reichen von {{min}} bis {{max}}.',
  invoiceLogoUploadTooLarge: 'Das Logo ist zu groß: höchstens {{mb}} MB.',
  invoiceLogoUploadFormat: 'Das Logo muss ein PNG- oder JPEG-Bild sein.',
  invoiceLogoOfAnotherShop: 'Dieses Logo gehört einem anderen Shop: Laden Sie Ihr eigenes hoch.',
  // Billing page in the admin (/admin/billing), the dunning banner, the vendor record's billing link
  billingNavGroup: 'Ihr Abonnement',
  billingPageNav: 'Abrechnung',
  billingPageTitle: 'Abrechnung',
  billingPageNoVendor:
    'Die Abrechnung gehört zu einem Shop: Öffnen Sie einen Händler und wählen Sie dort „Abrechnung“.',
  billingPageVendorNotFound: 'Es gibt keinen Shop „{{vendor}}“, den Sie sehen dürfen.',
  billingPageChooseVendor: 'Sie gehören zu mehreren Shops: Wählen Sie den, dessen Abrechnung Sie sehen möchten.',
  billingPageChoosePlatform: '{{vendor}} ist auf mehreren Plattformen: Wählen Sie eine.',
  billingPageNotOnPlatform: '{{vendor}} ist noch auf keiner Plattform und hat daher keine Abrechnung.',
  billingPageViewingAs: 'Sie sehen die Abrechnung von {{vendor}} als Administrator: nur lesend.',
  billingPageActingAs:
    'Sie handeln als Super-Admin für {{vendor}}: Was Sie hier ändern, ändert dessen Abonnement und was er bezahlt.',
  billingPageMemberReadOnly: 'Nur der Inhaber des Shops kann Tarif, Zusatzoptionen, Karte oder Abonnement ändern.',
  billingPageNotOnline:
    'Dieses Abonnement wird nicht online abgerechnet: Wir verwalten es für Sie. Kontaktieren Sie uns, um Tarif, Zusatzoptionen oder Karte zu ändern oder es zu kündigen.',
  billingPageEnded:
    'Ein beendetes Abonnement kann hier nicht mehr geändert werden: Kontaktieren Sie uns für einen Neustart.',
  billingPageNoSubscription:
    'Dieser Shop hat auf dieser Plattform noch kein Abonnement: Schließen Sie eines über die Preisseite ab oder kontaktieren Sie uns.',
  billingPageLoading: 'Wird geladen…',
  billingPageNetwork:
    'Die Anfrage konnte nicht gesendet werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  billingPagePlan: 'Tarif',
  billingPageStatus: 'Status',
  billingPagePeriod: 'Abrechnungszeitraum',
  billingPageTrialDaysLeft_one: 'Noch {{count}} Tag kostenlose Testphase (bis {{date}})',
  billingPageTrialDaysLeft_other: 'Noch {{count}} Tage kostenlose Testphase (bis {{date}})',
  billingPageRenews: 'Verlängert sich am {{date}}',
  billingPageEndsOn: 'Gekündigt: endet am {{date}}',
  billingPageScheduledChange: 'Wechselt am {{date}} zu {{plan}}',
  billingPageReadOnly: 'Dieses Abonnement ist {{status}}: Die Daten des Shops sind schreibgeschützt.',
  billingPageNextSubscriptionInvoice: 'Nächste Rechnung',
  billingPageNextSubscriptionInvoiceOn: '{{amount}} am {{date}}',
  billingPageNoUpcoming: 'Keine anstehende Rechnung.',
  billingPageUsage: 'Nutzung',
  billingPageChangePlan: 'Tarif wechseln',
  billingPagePerMonth: '{{amount}} / Monat',
  billingPagePerYear: '{{amount}} / Jahr',
  billingPageCurrent: 'Aktueller Tarif',
  billingPagePreview: 'Preis ansehen',
  billingPagePreviewTitle: 'Wechsel zu {{plan}}, Abrechnung {{period}}',
  billingPagePreviewDue: 'Fällig {{when}}: {{amount}}',
  billingPageNow: 'jetzt',
  billingPageProrated: 'anteilig',
  billingPageConfirmChange: 'Wechsel bestätigen',
  billingPageKeepPlan: 'Tarif behalten',
  billingPageChanged: 'Ihr Tarif ist jetzt {{plan}}.',
  billingPageChangeSaved: 'Ihr Tarif wechselt am Ende des laufenden Zeitraums zu {{plan}}.',
  billingPageLimits: 'Limits',
  billingPageAddOns: 'Zusatzoptionen',
  billingPageAddOnAdd: 'Hinzufügen',
  billingPageAddOnRemove: 'Entfernen',
  billingPageAddOnActive: 'Aktiv',
  billingPageAddOnAdded: 'Die Zusatzoption „{{addOn}}“ ist hinzugefügt.',
  billingPageAddOnRemoved: 'Die Zusatzoption „{{addOn}}“ ist entfernt.',
  billingPageNoAddOns: 'Auf dieser Plattform werden keine Zusatzoptionen angeboten.',
  billingPagePerInterval_month: '{{amount}} / Monat',
  billingPagePerInterval_year: '{{amount}} / Jahr',
  billingPagePerInterval_once: '{{amount}} einmalig',
  billingPagePaymentMethod: 'Zahlungsmittel',
  billingPageCardOnFile: '{{brand}} •••• {{last4}}, gültig bis {{expiry}}',
  billingPageNoCard: 'Keine Karte hinterlegt',
  billingPageReplaceCard: 'Karte ersetzen',
  billingPageCardLabel: 'Neue Karte',
  billingPageSaveCard: 'Karte speichern',
  billingPageCardSaved: 'Ihre neue Karte ist gespeichert: Sie bezahlt die nächsten Rechnungen.',
  billingPageCardDeclined: 'Ihre Karte wurde abgelehnt. Versuchen Sie es mit einer anderen Karte.',
  billingPageCardFailed:
    'Ihre Karte wurde nicht akzeptiert. Geben Sie sie erneut ein oder verwenden Sie eine andere Karte.',
  billingPageCardUnavailable: 'Das Kartenformular konnte nicht geladen werden. Versuchen Sie es gleich noch einmal.',
  billingPageSubscriptionInvoices: 'Abo-Rechnungen',
  billingPageSubscriptionInvoiceNumber: 'Nummer',
  billingPageSubscriptionInvoiceDate: 'Datum',
  billingPageSubscriptionInvoiceAmount: 'Betrag',
  billingPageSubscriptionInvoiceStatus: 'Status',
  billingPageSubscriptionInvoicePdf: 'PDF',
  billingPageDownload: 'Herunterladen',
  billingPageNoSubscriptionInvoices: 'Noch keine Rechnungen.',
  billingPageSubscriptionInvoice_draft: 'Entwurf',
  billingPageSubscriptionInvoice_open: 'Offen',
  billingPageSubscriptionInvoice_paid: 'Bezahlt',
  billingPageSubscriptionInvoice_uncollectible: 'Uneinbringlich',
  billingPageSubscriptionInvoice_void: 'Storniert',
  billingPageCancelSubscription: 'Abonnement kündigen',
  billingPageCancelQuestion:
    'Zum Ende des laufenden Zeitraums ({{date}}) kündigen? Danach bleiben die Daten des Shops erhalten, schreibgeschützt.',
  billingPageCancelYes: 'Ja, kündigen',
  billingPageCancelNo: 'Nein, behalten',
  billingPageCanceled: 'Ihr Abonnement endet am {{date}}.',
  billingPageResume: 'Abonnement fortsetzen',
  billingPageResumed: 'Ihr Abonnement läuft weiter.',
  billingDunning_one:
    'Ihre letzte Zahlung ist fehlgeschlagen. Aktualisieren Sie Ihre Karte innerhalb von {{count}} Tag (bis {{date}}), sonst wird Ihr Shop schreibgeschützt.',
  billingDunning_other:
    'Ihre letzte Zahlung ist fehlgeschlagen. Aktualisieren Sie Ihre Karte innerhalb von {{count}} Tagen (bis {{date}}), sonst wird Ihr Shop schreibgeschützt.',
  billingDunningReadOnly:
    'Ihre Zahlung ist überfällig und die Nachfrist ist abgelaufen: Ihr Shop ist schreibgeschützt. Aktualisieren Sie Ihre Karte, um ihn wiederherzustellen.',
  billingDunningLink: 'Zur Abrechnung',
  billingPageCancelForm: 'Abbrechen',
  billingPageOpenForVendor: 'Abrechnung',
  // Stripe webhooks and dunning
  subscriptionPastDueReadOnly:
    'Die Zahlung für Ihr Abonnement {{plan}} ist überfällig und die Nachfrist ist abgelaufen: Ihre Daten sind schreibgeschützt, bis die Zahlung gelingt. Aktualisieren Sie Ihre Karte unter Abrechnung.',
  stripeWebhookSignatureMissing:
    'Stripe-Signature-Header fehlt: Dieser Endpunkt nimmt nur von Stripe signierte Ereignisse an.',
  stripeWebhookSignatureInvalid:
    'Die Stripe-Signatur passt nicht zu diesem Ereignis: Prüfen Sie, ob STRIPE_WEBHOOK_SECRET das Signaturgeheimnis dieses Endpunkts ist.',
  stripeWebhookTimestampStale:
    'Der Zeitstempel der Stripe-Signatur weicht um mehr als {{seconds}} Sekunden von der Serveruhr ab: Das Ereignis wird als mögliche Wiederholung abgelehnt.',
  stripeWebhookNotJson: 'Der Inhalt der Anfrage ist kein Stripe-Ereignis in JSON.',
  platformGraceDaysWhole: 'Die Nachfrist muss eine ganze Zahl von Tagen zwischen 0 und 60 sein.',
  // Vendor subscriptions
  fieldsWrittenByApp:
    'Diese Felder setzt die Anwendung nach dem Stand bei Stripe; sie können hier nicht geändert werden: {{fields}}.',
  // Invoicing review fixes
  invoiceSeriesReusesNumber:
    '{{field}}: Diese Serie könnte {{number}} erzeugen, eine bereits vergebene Nummer dieses Shops: Wählen Sie ein Präfix oder Muster, zu dem keine ausgestellte Nummer passt.',
  orderHasIssuedInvoice:
    'Diese Bestellung hat {{count}} ausgestellte Rechnung(en) oder Rechnungskorrektur(en): Sie kann nicht gelöscht werden, da ausgestellte Rechnungen unveränderlich sind.',
  invoiceSignedCents: 'Beträge sind ganze Cent, von -{{max}} bis {{max}}.',
  // Capacity planning
  capacitySignIn: 'Melden Sie sich als Super-Admin oder Plattform-Admin an, um Kapazitätszahlen zu sehen.',
  capacityAdminsOnly: 'Kapazitätszahlen sind nur für Super-Admins und Plattform-Admins.',
  capacityPlatformNotYours:
    'Sie verwalten die Plattform „{{platform}}“ nicht: Fragen Sie nach einer Ihrer Plattformen oder lassen Sie platform weg.',
  capacityNoSuchPlatform: 'Es gibt keine Plattform „{{platform}}“.',
  capacityDaysInvalid: 'days muss eine ganze Zahl von Tagen zwischen 1 und 365 sein.',
  capacityMetricVendors: 'Laufende Abonnements',
  capacityMetricMrr: 'MRR',
  capacityRecNearLimit:
    '{{vendor}} nutzt {{used}} von {{limit}} ({{percent}} %) bei {{what}} im Tarif {{tier}}: {{nextTier}} vorschlagen.',
  capacityRecNearLimitTopTier:
    '{{vendor}} nutzt {{used}} von {{limit}} ({{percent}} %) bei {{what}} im Tarif {{tier}}, dem höchsten: eine Zusatzoption vorschlagen.',
  capacityRecTierPricing:
    '{{count}} von {{total}} Shops im Tarif {{tier}} sind bei 80 % oder mehr eines Limits, meist {{what}}: Limits oder Preis sollten geprüft werden.',
  capacityRecTrialEnding: 'Die Testphase von {{vendor}} im Tarif {{tier}} endet am {{date}}.',
  capacityRecPastDue: '{{vendor}} ist im Tarif {{tier}} im Zahlungsverzug.',
  capacityRecPastDueSince: '{{vendor}} ist im Tarif {{tier}} seit dem {{date}} im Zahlungsverzug.',
  capacityRecCapacitySoon_one:
    '{{what}} auf {{platform}} erreicht voraussichtlich am {{date}} 80 % der Kapazität ({{threshold}}), in {{count}} Tag.',
  capacityRecCapacitySoon_other:
    '{{what}} auf {{platform}} erreicht voraussichtlich am {{date}} 80 % der Kapazität ({{threshold}}), in {{count}} Tagen.',
  capacityRecCapacityReached: '{{what}} auf {{platform}} liegt bei {{value}}, über 80 % der Kapazität ({{threshold}}).',
  capacityRecCeilingSoon_one:
    '{{what}} auf {{platform}} erreicht voraussichtlich am {{date}} die geplante Obergrenze ({{threshold}}), in {{count}} Tag.',
  capacityRecCeilingSoon_other:
    '{{what}} auf {{platform}} erreicht voraussichtlich am {{date}} die geplante Obergrenze ({{threshold}}), in {{count}} Tagen.',
  capacityRecCeilingReached:
    '{{what}} auf {{platform}} liegt bei {{value}}, an oder über der geplanten Obergrenze ({{threshold}}).',
  capacityViewTitle: 'Kapazität',
  capacityViewIntro:
    'Pro Plattform: theoretische Kapazität gegenüber Nutzung, Trends mit Prognose und was Aufmerksamkeit braucht.',
  capacityViewNoPlatforms: 'Sie verwalten noch keine Plattform.',
  capacityViewNoSnapshots:
    'Noch kein Snapshot: Der tägliche Job captureCapacitySnapshot erstellt einen. Die Zahlen unten sind live.',
  capacityViewLastSnapshot: 'Letzter Snapshot: {{date}}',
  capacityViewMrrDetail: 'davon überfällig {{pastDue}} · Testphasen getrennt {{trial}}',
  capacityViewByTier: 'Shops nach Tarif',
  capacityViewByStatus: 'Shops nach Status',
  capacityViewTrialsEnding: 'Testphasen, die diese Woche enden',
  capacityViewPastDue: 'Shops im Zahlungsverzug',
  capacityViewRecommendations: 'Empfehlungen',
  capacityViewNone: 'Keine.',
  capacityViewUsed: '{{used}} von {{limit}} genutzt',
  capacityViewUnlimited: '+ {{count}} unbegrenzt',
  capacityViewNotEnoughData: 'Zu wenige Daten für einen Trend: {{count}} von 7 Tagen.',
  capacityViewTrend: '{{growth}} pro Tag · R² {{r2}}',
  capacityViewCrosses: '80 % der Kapazität am {{date}}',
  capacityViewCrossesCeiling: 'Obergrenze am {{date}}',
  capacityChartUsed: 'Genutzt',
  capacityChartForecast: 'Prognose',
  capacityChartThreshold: '80 % der Kapazität',
  capacityChartCeiling: 'Geplante Obergrenze',
  capacityViewAllSnapshots: 'Alle Snapshots',
  jobSchedulesTitle: 'Zeitpläne',
  jobSchedulesTask: 'Aufgabe',
  jobSchedulesCron: 'Cron (UTC)',
  jobSchedulesNextRun: 'Nächster Lauf',
  jobSchedulesLastRun: 'Letzter Lauf',
  jobSchedulesNever: 'noch nicht',
  jobSchedulesRunning: 'läuft oder wartet',
  jobSchedulesFailed: 'fehlgeschlagen (Versuch {{attempts}}): {{error}}',
  jobSchedulesFinished: 'beendet am {{date}}',
  // Subscription invoice lines, in our words (src/services/billing/subscriptionInvoiceLines.ts)
  billingLinePlanMonthly: 'Tarif {{plan}}, monatlich',
  billingLinePlanAnnual: 'Tarif {{plan}}, jährlich',
  billingLineAddOn: 'Zusatzoption: {{addOn}}',
  billingLineQuantity: '{{quantity}} × {{item}}',
  billingLineTrial: 'Kostenlose Testphase: {{item}}',
  billingLineUnusedTime: 'Nicht genutzte Zeit: {{item}}',
  billingLineRemainingTime: 'Verbleibende Zeit: {{item}}',
  billingPageExpiredHowToReturn:
    'Ihre Testphase ist beendet und Ihr Shop ist schreibgeschützt: Es wurde nichts gelöscht. Um zurückzukommen, wählen Sie unten einen Tarif und hinterlegen Sie unter Zahlungsmethode eine Karte; Ihr Shop ist wieder bearbeitbar, sobald das Abonnement aktiv ist.',
  customiseSignIn: 'Melden Sie sich an, um eine Seite anzupassen.',
  customisePageNotFound: 'Keine Seite {{id}}, die Sie lesen dürfen.',
  customiseOnlyDefaults:
    'Nur eine Standardseite der Plattform kann angepasst werden; diese Seite gehört bereits einem Shop oder ist eine Seite der Plattform-Website.',
  customiseNotYourShop:
    'Sie können Seiten nur für Ihren eigenen Shop anpassen, auf einer Plattform, auf der Ihr Shop ist.',
  customiseChooseShop: 'Sie arbeiten für mehrere Shops auf dieser Plattform: Geben Sie in „vendor“ an, für welchen.',
  customisePage: 'Diese Seite anpassen',
  customisePageHint:
    'Dies ist die Standardseite der Plattform: Ihr Shop zeigt sie, bis Sie Ihre eigene Fassung schreiben.',
  customisePageOpening: 'Ihre Kopie wird geöffnet…',
  openPublicPage: 'Seite öffnen',
}
