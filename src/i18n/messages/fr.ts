import { BODY_TOO_LARGE } from '@/services/bodyCaps.mjs'

import type { Messages } from './en'

export const fr: Messages = {
  productLimitReached_one:
    'Limite de produits atteinte : votre formule {{plan}} permet {{count}} produit (products). Passez à une formule supérieure ou archivez des produits.',
  productLimitReached_other:
    'Limite de produits atteinte : votre formule {{plan}} permet {{count}} produits (products). Passez à une formule supérieure ou archivez des produits.',
  orderLimitReached_one:
    'Limite de commandes atteinte : votre formule {{plan}} permet {{count}} commande par mois (ordersPerMonth). Passez à une formule supérieure ou attendez votre prochaine période de facturation.',
  orderLimitReached_other:
    'Limite de commandes atteinte : votre formule {{plan}} permet {{count}} commandes par mois (ordersPerMonth). Passez à une formule supérieure ou attendez votre prochaine période de facturation.',
  teamMemberLimitReached_one:
    'Limite de membres d’équipe atteinte : votre formule {{plan}} permet {{count}} membre (teamMembers). Passez à une formule supérieure ou retirez un membre de l’équipe.',
  teamMemberLimitReached_other:
    'Limite de membres d’équipe atteinte : votre formule {{plan}} permet {{count}} membres (teamMembers). Passez à une formule supérieure ou retirez un membre de l’équipe.',
  cmsPageLimitReached_one:
    'Limite de pages CMS atteinte : votre formule {{plan}} permet {{count}} page (cmsPages). Passez à une formule supérieure ou supprimez une page.',
  cmsPageLimitReached_other:
    'Limite de pages CMS atteinte : votre formule {{plan}} permet {{count}} pages (cmsPages). Passez à une formule supérieure ou supprimez une page.',
  pageTooLarge:
    'Page trop volumineuse : cette page fait {{size}} ; votre formule {{plan}} permet des pages de {{limit}} au plus (taille de page). Raccourcissez le texte ou répartissez-le sur plusieurs pages.',
  customPageLimitReached_one:
    'Limite de pages sur mesure atteinte : votre formule {{plan}} permet {{count}} page sur mesure (cmsCustomPages). Passez à une formule supérieure ou supprimez une page sur mesure.',
  customPageLimitReached_other:
    'Limite de pages sur mesure atteinte : votre formule {{plan}} permet {{count}} pages sur mesure (cmsCustomPages). Passez à une formule supérieure ou supprimez une page sur mesure.',
  subscriptionExpiredReadOnly:
    'Votre abonnement {{plan}} a expiré : vos données sont en lecture seule jusqu’à son renouvellement. Choisissez une formule sous Facturation, ou contactez-nous pour le réactiver.',
  subscriptionCanceledReadOnly:
    'Votre abonnement {{plan}} est résilié : vos données sont en lecture seule jusqu’à son renouvellement. Choisissez une formule sous Facturation, ou contactez-nous pour le réactiver.',
  featureNotIncluded:
    'Votre formule {{plan}} n’inclut pas {{feature}}. Passez à une formule supérieure pour l’utiliser.',
  productsBelongToPlatform:
    'Les produits appartiennent à la plateforme « {{platform}} » : choisissez-la comme plateforme.',
  ordersBelongToPlatform:
    'Les commandes appartiennent à la plateforme « {{platform}} » : choisissez-la comme plateforme.',
  platformHasNoEntryTier:
    'Cette plateforme n’a pas encore de formule d’abonnement : créez sa formule d’entrée avant d’ajouter des commerçants.',
  ownersAddMembersOnly:
    'Les propriétaires de boutique peuvent seulement ajouter des membres d’équipe à leur propre boutique.',
  ownShopDataOnly: 'Vous ne pouvez gérer que les données de votre propre boutique.',
  ownShopPagesOnly: 'Vous ne pouvez modifier que les pages de votre propre boutique.',
  shopNotOnPlatform: 'Votre boutique n’est pas sur cette plateforme : choisissez l’une de vos plateformes.',
  defaultPagesAdminsOnly:
    'Seuls les administrateurs de cette plateforme peuvent modifier ses pages marketing et les pages par défaut des commerçants ; créez plutôt votre propre version de la page.',
  billingSignIn: 'Connectez-vous pour voir votre facturation.',
  billingOwnersOnly: 'Seul le propriétaire de la boutique peut voir la facturation.',
  billingNoVendor: 'Vous ne possédez aucune boutique.',
  billingNoVendorNamed: 'Vous ne possédez pas de boutique « {{vendor}} ».',
  billingSeveralVendors: 'Vous possédez plusieurs boutiques : indiquez ?vendor=SLUG.',
  billingVendorNotOnPlatform: '{{vendor}} n’est pas sur la plateforme « {{platform}} ».',
  billingVendorOnNoPlatform: '{{vendor}} n’est sur aucune plateforme.',
  billingSeveralPlatforms: '{{vendor}} est sur plusieurs plateformes : indiquez ?platform=CODE.',
  billingPlatformHasNoTiers: 'La plateforme « {{platform}} » n’a aucune formule d’abonnement.',
  invalidSlug:
    'Utilisez des minuscules, des chiffres et des tirets simples (p. ex. « shipping-info »), 100 caractères au plus.',
  invalidHexColour: 'Utilisez une couleur hexadécimale comme #1f6feb.',
  invalidCountryCode: 'Utilisez un code pays ISO à deux lettres comme LU.',
  invalidQuantity: 'Les quantités sont des nombres entiers, 1 ou plus.',
  invalidCents: 'Les montants sont des centimes entiers, 0 ou plus.',
  usagePlan: 'Formule {{plan}}',
  usageReadOnly: 'lecture seule jusqu’au renouvellement',
  usageUnlimited: '{{used}} (illimité)',
  dashboardTitle: 'Tableau de bord',
  dashboardWelcome: 'Bienvenue sur {{platform}}',
  dashboardWelcomeIntro:
    'Votre première semaine avec {{vendor}} : chaque étape ci-dessous ouvre l’endroit où elle se fait, et cette liste disparaît une fois tout fait.',
  dashboardProgress: '{{done}} sur {{total}} faites',
  dashboardStepDone: 'fait',
  dashboardStepToDo: 'à faire',
  dashboardStepClaim: 'Confirmer votre boutique Letzshop',
  dashboardStepPages: 'Personnaliser vos pages',
  selectThisRow: 'Sélectionner cette ligne',
  dashboardStepTeam: 'Inviter votre équipe',
  dashboardStepTeamSeats: 'Ajouter des places pour inviter votre équipe (votre formule n’en a plus)',
  dashboardStepCard: 'Enregistrer une carte de paiement',
  dashboardStepOrders: 'Saisir une première commande ou connecter Letzshop',
  dashboardPlanTrial: 'Formule {{plan}}, période d’essai jusqu’au {{date}}',
  dashboardBillingLink: 'Facturation : formule, carte et factures',
  dashboardCollections: 'Vos données',
  operatorDashboardTitle: 'Vos plateformes',
  operatorVendors: 'Boutiques',
  operatorVendorsByStatus: 'Abonnements par statut',
  operatorRecentVendors: 'Dernières boutiques',
  operatorNoVendors: 'Aucune boutique sur cette plateforme pour l’instant.',
  operatorTrialsEnding: 'Périodes d’essai finissant dans les {{days}} prochains jours',
  operatorNoTrialsEnding: 'Aucune période d’essai ne finit dans les {{days}} prochains jours.',
  operatorTrialEnds: '{{vendor}} : formule {{plan}}, période d’essai jusqu’au {{date}}',
  operatorCapacityLink: 'Vue de capacité de {{platform}}',
  usageOrdersPerMonth: 'Commandes par mois',
  usageProducts: 'Produits',
  usageTeamMembers: 'Membres d’équipe',
  usageCmsPages: 'Pages de site',
  usageCmsCustomPages: 'Pages sur mesure',
  idempotencyKeyMalformed:
    'L’en-tête Idempotency-Key doit compter de 1 à 255 caractères ASCII visibles (lettres, chiffres, ponctuation ; sans espace).',
  idempotencyKeyReused:
    'Cette Idempotency-Key a déjà servi à une autre requête, avec un autre contenu. Réessayez avec le même contenu, ou prenez une nouvelle clé pour une nouvelle commande.',
  idempotencyKeyInFlight:
    'Une requête avec cette Idempotency-Key est encore en cours. Réessayez dans un instant pour obtenir sa réponse.',
  rowsNeedVendor: 'Ces éléments appartiennent à une boutique : choisissez votre boutique.',
  vendorHasKeptRows:
    'Cette boutique a {{count}} {{what}} à conserver légalement, elle ne peut donc pas être supprimée : désactivez plutôt ses adhésions aux plateformes.',
  vendorCascadeFailed: 'Impossible de supprimer les {{collection}} de la boutique : {{reason}}',
  managedPlatformsOnly:
    'Vous ne pouvez gérer que les plateformes dont vous êtes administrateur : choisissez l’une d’elles comme plateforme.',
  tierOnOtherPlatform:
    'La formule doit appartenir à la même plateforme que l’abonnement : choisissez une formule de cette plateforme.',
  addOnOnOtherPlatform:
    'Chaque option doit appartenir à la même plateforme que l’abonnement : choisissez des options de cette plateforme.',
  vendorOnOtherPlatform:
    'Cette boutique est sur une autre plateforme : elle peut rejoindre la vôtre par l’inscription ou via un super administrateur.',
  subscriptionHolderFixed:
    'La boutique et la plateforme d’un abonnement ne peuvent pas changer : résiliez-le et créez-en un pour l’autre boutique.',
  vendorNotOnPlatform: 'Cette boutique n’est pas sur cette plateforme : ajoutez-la d’abord à la plateforme.',
  rolesSuperAdminOnly: 'Seul un super administrateur peut modifier les rôles.',
  platformsSuperAdminOnly: 'Seul un super administrateur peut modifier les plateformes gérées par un utilisateur.',
  vendorsSuperAdminOnly:
    'Seul un super administrateur peut ajouter des utilisateurs à une boutique ; un propriétaire peut retirer sa boutique du compte d’un membre.',
  credentialsOwnOnly:
    'Seuls l’utilisateur lui-même ou un super administrateur peuvent modifier son e-mail ou son mot de passe.',
  memberSharedRemoveInstead:
    'Ce membre travaille aussi pour une autre boutique : retirez votre boutique de son compte au lieu de le supprimer.',
  letzshopClaimOnly:
    'Une boutique Letzshop se relie en la revendiquant (inscription ou étape de revendication), pas en modifiant ces champs.',
  domainInUse: 'Le domaine {{domain}} est déjà utilisé par une autre plateforme ou boutique : choisissez-en un autre.',
  invalidHost: 'Indiquez un nom d’hôte comme boutique.exemple.lu (sans https://, sans chemin).',
  orderOriginFixed:
    'Les champs {{fields}} d’une commande ne peuvent plus changer après sa création ; créez plutôt une nouvelle commande.',
  customPagesNotIncluded:
    'Les pages personnalisées ne sont pas incluses dans votre formule {{plan}} : « {{slug}} » n’est pas l’une des pages par défaut de la plateforme.{{allowed}} Passez à une formule supérieure pour créer des pages personnalisées.',
  useOneOf: ' Utilisez l’une de celles-ci : {{slugs}}.',
  emptyPassword: 'Le mot de passe ne peut pas être vide : omettez-le pour garder l’actuel.',
  platformIdentitySuperAdminOnly:
    'Seul un super administrateur peut modifier le code, le préfixe de chemin ou l’activation d’une plateforme.',
  // Letzshop lookup and claim, rate limits
  letzshopReferenceRequired:
    'Indiquez la page Letzshop de votre boutique en url (https://letzshop.lu/fr/vendors/votre-boutique) ou son identifiant en slug (votre-boutique), l’un des deux.',
  letzshopBadReference:
    'Ce n’est pas l’adresse d’une boutique Letzshop : collez la page de votre boutique, par exemple https://letzshop.lu/fr/vendors/votre-boutique, ou seulement sa dernière partie (votre-boutique).',
  letzshopSearchLength: 'Tapez entre 2 et 100 caractères du nom de votre boutique (q).',
  letzshopShopNotFound:
    'Il n’y a pas de boutique « {{slug}} » sur Letzshop : vérifiez l’adresse de la page de votre boutique sur Letzshop.',
  letzshopUnavailable:
    'Letzshop est injoignable pour le moment. Réessayez dans un instant, ou passez cette étape : vous pourrez revendiquer votre boutique plus tard depuis l’administration.',
  letzshopTimedOut:
    'Letzshop met trop de temps à répondre. Réessayez dans un instant, ou passez cette étape : vous pourrez revendiquer votre boutique plus tard depuis l’administration.',
  letzshopClaimSignIn: 'Connectez-vous pour revendiquer votre boutique Letzshop.',
  letzshopClaimOwnersOnly: 'Seul le propriétaire de la boutique peut revendiquer sa boutique Letzshop.',
  letzshopClaimNotYourVendor: 'Vous ne possédez pas de boutique « {{vendor}} ».',
  letzshopClaimSeveralVendors: 'Vous possédez plusieurs boutiques : indiquez laquelle dans vendor (son slug).',
  letzshopClaimReference:
    'Indiquez votre boutique Letzshop dans letzshopSlug (votre-boutique) ou letzshopUrl (https://letzshop.lu/fr/vendors/votre-boutique), l’un des deux.',
  letzshopClaimTitle: 'Boutique Letzshop',
  letzshopClaimIntro:
    '{{vendor}} n’est pas encore liée à sa boutique Letzshop. Collez l’adresse de votre boutique sur Letzshop, ou simplement sa dernière partie.',
  letzshopClaimLabel: 'Votre boutique sur Letzshop (adresse ou slug)',
  letzshopClaimButton: 'Revendiquer',
  letzshopClaimDone: '{{vendor}} est maintenant liée à la boutique Letzshop « {{slug}} ».',
  letzshopClaimNetwork: 'La demande n’a pas pu être envoyée. Vérifiez votre connexion et réessayez.',
  letzshopShopClaimed:
    'Cette boutique Letzshop est déjà revendiquée par un autre compte. Si elle est à vous, contactez-nous et nous réglerons cela.',
  letzshopShopClaimedContact:
    'Cette boutique Letzshop est déjà revendiquée par un autre compte. Si elle est à vous, écrivez-nous à {{contact}} et nous réglerons cela.',
  letzshopShopHeld:
    "Quelqu'un est en train d'inscrire cette boutique Letzshop. Réessayez dans {{minutes}} minutes ; si elle est à vous, contactez-nous.",
  letzshopShopHeldContact:
    "Quelqu'un est en train d'inscrire cette boutique Letzshop. Réessayez dans {{minutes}} minutes ; si elle est à vous, écrivez-nous à {{contact}}.",
  letzshopVendorHasShop:
    'Votre boutique est déjà reliée à la boutique Letzshop « {{slug}} » ; contactez-nous pour en relier une autre.',
  serviceBrieflyUnavailable: 'Le service est momentanément indisponible : réessayez dans quelques secondes.',
  letzshopSyncSignIn: 'Connectez-vous pour gérer la synchronisation des commandes Letzshop.',
  letzshopSyncOwnersOnly: 'Seul un propriétaire de la boutique peut connecter ou déconnecter Letzshop.',
  letzshopSyncNotYourVendor: 'Vous n’êtes pas utilisateur d’une boutique « {{vendor}} ».',
  letzshopSyncNoVendor: 'Votre compte n’appartient à aucune boutique.',
  letzshopSyncSeveralVendors:
    'Vous appartenez à plusieurs boutiques : indiquez laquelle avec ?vendor= (son identifiant).',
  letzshopSyncVendorUsersOnly:
    'La synchronisation des commandes Letzshop est réservée aux propriétaires et membres de la boutique.',
  letzshopSyncNotOnPlatform:
    'Votre boutique n’est pas sur la plateforme « {{platform}} », où se trouve la synchronisation Letzshop.',
  letzshopKeyRefused:
    'Letzshop a refusé cette clé d’API : vérifiez que vous l’avez copiée en entier et qu’elle a au moins les droits « shop manager ». Rien n’a été enregistré.',
  letzshopNotConnected:
    'Votre boutique n’est pas connectée à Letzshop : connectez-la d’abord avec votre clé d’API Letzshop.',
  letzshopKeyFailingReconnect:
    'Letzshop refuse la clé d’API enregistrée : connectez-vous à nouveau avec une clé valide pour reprendre la synchronisation.',
  letzshopSyncNotActive:
    'La synchronisation Letzshop est {{status}} : reprenez-la (ou connectez une clé valide) avant de synchroniser.',
  letzshopOrderNotImported: 'Cette commande n’a pas été importée de Letzshop : il n’y a rien à y confirmer.',
  letzshopUnitUnknown: 'L’article « {{id}} » ne fait pas partie de cette commande.',
  letzshopUnitAnswered: 'L’article « {{id}} » a déjà reçu une réponse sur Letzshop ; elle ne peut plus changer.',
  letzshopOrderNotFound: 'Commande introuvable.',
  letzshopSyncNav: 'Synchronisation Letzshop',
  letzshopSyncTitle: 'Synchronisation des commandes Letzshop',
  letzshopSyncIntro:
    'Vos commandes Letzshop, importées toutes les 10 minutes dans les limites de votre formule, et vos réponses renvoyées à Letzshop.',
  letzshopSyncKeyLabel: 'Votre clé d’API Letzshop',
  letzshopSyncConnect: 'Connecter',
  letzshopSyncReplaceKey: 'Remplacer la clé',
  letzshopSyncStatus: 'État : {{status}} · clé …{{last4}} · boutique {{shop}}',
  letzshopSyncLastRun: 'Dernière exécution : {{at}}',
  letzshopSyncNextRun: 'Prochaine exécution : {{at}}',
  letzshopSyncPause: 'Suspendre',
  letzshopSyncResume: 'Reprendre',
  letzshopSyncNow: 'Synchroniser maintenant',
  letzshopSyncQueued: 'Une exécution est en attente.',
  letzshopSyncDisconnect: 'Déconnecter',
  letzshopSyncHeldBanner:
    'Votre limite mensuelle de commandes est atteinte : {{count}} commande(s) Letzshop attendent sur Letzshop. Changez de formule sous Facturation, ou elles seront importées à votre prochaine période.',
  letzshopSyncHistory: 'Exécutions',
  letzshopSyncRunsEmpty: 'Aucune exécution pour l’instant.',
  letzshopSyncColStarted: 'Début',
  letzshopSyncColStatus: 'État',
  letzshopSyncColImported: 'Importées',
  letzshopSyncColSkipped: 'Déjà importées',
  letzshopSyncColHeld: 'Retenues par la limite',
  letzshopSyncColError: 'Erreur',
  letzshopSyncPlans: 'Formules qui incluent la synchronisation Letzshop : {{plans}}.',
  letzshopSyncOrders: 'Commandes à confirmer',
  letzshopSyncOrdersEmpty: 'Aucune commande importée n’attend votre réponse.',
  letzshopSyncConfirm: 'Disponible',
  letzshopSyncDecline: 'Indisponible',
  letzshopSyncTracking: 'Numéro de suivi',
  letzshopSyncSend: 'Envoyer à Letzshop',
  letzshopSyncSent: 'Enregistré : envoyé à Letzshop sous peu.',
  tooManyRequests_one: 'Trop de requêtes : réessayez dans {{count}} seconde.',
  tooManyRequests_other: 'Trop de requêtes : réessayez dans {{count}} secondes.',
  tooManyLoginAttempts_one:
    'Trop de tentatives de connexion depuis cette connexion ou sur ce compte : réessayez dans {{count}} seconde.',
  tooManyLoginAttempts_other:
    'Trop de tentatives de connexion depuis cette connexion ou sur ce compte : réessayez dans {{count}} secondes.',
  crossOriginWriteRefused:
    "Requête d'une autre origine refusée : une modification faite avec votre cookie de connexion doit venir de ce site, pas de {{origin}}.",
  collectionKeepsNoVersions: 'La collection {{collection}} ne garde pas de versions.',
  // Signup
  signupSessionIdRequired: 'sessionId est requis : commencez d’abord l’inscription (POST /api/platform/signup/start).',
  signupSessionNotFound:
    'Cette session d’inscription n’existe pas ou a expiré (une session dure 24 heures après sa dernière étape) : recommencez l’inscription.',
  signupCompleted: 'Cette inscription est déjà terminée : connectez-vous à votre administration.',
  signupPlatformRequired: 'platform est requis : le code d’une plateforme, par exemple oms.',
  signupPlatformNotFound: 'Il n’existe pas de plateforme « {{platform}} » : choisissez l’une de nos plateformes.',
  signupTierRequired: 'tier est requis : le code d’une formule de la page des tarifs.',
  signupTierNotFound:
    'La formule « {{tier}} » n’est pas proposée sur cette plateforme : choisissez l’une des formules de la page des tarifs.',
  signupPlanNotOnline:
    'La formule « {{tier}} » ne peut pas être souscrite en ligne avec une facturation {{period}} : contactez-nous ou choisissez une autre formule.',
  signupShopReference:
    'Indiquez votre boutique Letzshop par letzshopSlug (votre-boutique) ou letzshopUrl (https://letzshop.lu/fr/vendors/votre-boutique), l’un des deux, ou passez cette étape.',
  contactNameInvalid: 'name : indiquez votre nom (1 à 100 caractères).',
  contactEmailInvalid: 'email : indiquez une adresse e-mail à laquelle nous pouvons répondre.',
  contactMessageLength: 'message : écrivez votre message (10 à 5000 caractères).',
  contactPlatformUnknown: 'platform : aucun site ne correspond à ce code de plateforme.',
  signupEmailInvalid: 'email doit être une adresse e-mail valide.',
  signupPasswordLength: 'password doit compter entre 10 et 200 caractères.',
  signupCompanyName: 'companyName est requis (200 caractères au plus).',
  signupCountry: 'country doit être un code pays à deux lettres, par exemple LU.',
  signupLocale: 'locale doit valoir en, fr ou de.',
  signupEmailTaken: 'Un compte existe déjà avec cet e-mail : connectez-vous plutôt.',
  signupVatInvalid:
    'Le numéro de TVA « {{vat}} » n’est pas valide : vérifiez-le sur votre immatriculation à la TVA, ou laissez-le vide.',
  signupVatWrongCountry:
    'Le numéro de TVA « {{vat}} » n’est pas un numéro de TVA de {{country}} : vérifiez le pays ou le numéro.',
  signupVatUnsupported:
    'Les numéros de TVA de {{country}} ne peuvent pas être vérifiés ici : laissez le numéro de TVA vide.',
  signupNeedsAccount:
    'L’étape du compte manque : envoyez d’abord votre e-mail, mot de passe, raison sociale et pays (POST /api/platform/signup/account).',
  signupNeedsSetupIntent:
    'L’étape de la carte manque : demandez d’abord le formulaire de carte (POST /api/platform/signup/setup-intent) et confirmez votre carte.',
  signupSetupIntentRequired: 'setupIntentId est requis : l’identifiant du SetupIntent confirmé (seti_...).',
  signupSetupIntentMismatch:
    'Cette confirmation de carte n’appartient pas à cette inscription : rechargez la page et saisissez de nouveau votre carte.',
  signupCardNotConfirmed:
    'Votre carte n’a pas été acceptée{{reason}}. Saisissez-la de nouveau ou utilisez une autre carte.',
  signupFirstPaymentDeclined:
    'Votre carte a refusé le premier paiement de votre abonnement (il commence sans essai gratuit) : rien n’a été créé. Réessayez plus tard, ou inscrivez-vous avec une autre carte.',
  signupTrialUsedShop:
    'Cette boutique a déjà bénéficié d’un essai gratuit sur {{platform}} : votre abonnement commence maintenant, sans essai.',
  signupTrialUsedVatNumber:
    'Ce numéro de TVA a déjà bénéficié d’un essai gratuit sur {{platform}} : votre abonnement commence maintenant, sans essai.',
  signupTrialUsedCard:
    'Cette carte a déjà bénéficié d’un essai gratuit sur {{platform}} : votre abonnement commence maintenant, sans essai.',
  signupPaymentProviderUnconfirmed:
    'Notre prestataire de paiement n’a pas confirmé votre abonnement à temps : il a peut-être été créé. Réessayez dans un instant : l’inscription reprend où elle s’est arrêtée, et rien n’est créé ni débité deux fois.',
  signupPaymentProviderFailed:
    'Notre prestataire de paiement n’a pas répondu correctement : rien n’a été créé ni débité. Réessayez dans un instant.',
  // Billing changes (plan, add-ons, cancel, card, subscription invoices)
  billingOwnersOnlyWrite: 'Seul le propriétaire de la boutique peut modifier sa facturation.',
  billingRoleForbidden:
    'La facturation est visible par le propriétaire et les membres de la boutique, et par les administrateurs de plateforme.',
  billingVendorRequired: 'Indiquez la boutique : ?vendor=SLUG.',
  billingNoSuchVendor: 'Il n’existe pas de boutique « {{vendor}} ».',
  billingNotYourVendor: 'Vous n’appartenez pas à la boutique « {{vendor}} ».',
  billingVendorNotManaged: 'La boutique « {{vendor}} » n’est sur aucune de vos plateformes.',
  billingNoSubscription:
    '{{vendor}} n’a pas encore d’abonnement sur cette plateforme : souscrivez-en un depuis la page des tarifs.',
  billingNotOnStripe: 'Cet abonnement n’est pas facturé en ligne : contactez-nous pour le modifier.',
  billingSubscriptionEnded:
    'Cet abonnement est {{status}} : il ne peut plus être modifié. Contactez-nous pour repartir.',
  billingTierNotFound:
    'Il n’y a pas d’offre « {{tier}} » sur cette plateforme : choisissez l’une des offres de la page des tarifs.',
  billingTierRequired: 'tier est requis : le code d’une formule.',
  billingAddOnCodeRequired: 'code est requis : le code d’une option.',
  billingSetupIntentId: 'setupIntentId doit être l’identifiant d’un SetupIntent confirmé (seti_...).',
  billingSamePlan:
    'Vous êtes déjà sur {{plan}} avec une facturation {{period}} : choisissez une autre offre ou une autre périodicité.',
  billingPlanNotOnline:
    'L’offre « {{plan}} » ne peut pas être souscrite en ligne avec une facturation {{period}} : contactez-nous, ou choisissez une autre offre.',
  billingOverLimit: '{{details}}. Supprimez d’abord ce qui dépasse la limite, ou choisissez une offre plus grande.',
  billingOverLimitLine: 'Vous avez {{used}} {{what}} ; {{plan}} en permet {{limit}}',
  billingLimitOrdersPerMonth: 'commandes sur la période',
  billingLimitProducts: 'produits',
  billingLimitTeamMembers: 'membres d’équipe',
  billingLimitCmsPages: 'pages',
  billingLimitCmsCustomPages: 'pages personnalisées',
  billingWithoutAddOn: '{{plan}} sans {{addOn}}',
  billingAddOnNotFound: 'Il n’y a pas d’option « {{code}} » sur cette plateforme.',
  billingAddOnAlreadyActive: 'Vous avez déjà l’option « {{addOn}} ».',
  billingAddOnNotActive: 'Vous n’avez pas l’option « {{addOn}} ».',
  billingAddOnPeriodMismatch:
    'L’option « {{addOn}} » est facturée par {{interval}} et ne peut pas faire partie d’un abonnement à facturation {{period}} : retirez-la d’abord, ou gardez votre périodicité.',
  billingAlreadyCanceling: 'Votre abonnement prend déjà fin le {{date}}.',
  billingNotCanceling: 'Votre abonnement n’est pas résilié : il n’y a rien à reprendre.',
  billingChangeWhileCanceling:
    'Votre abonnement prend fin le {{date}} : reprenez-le d’abord, puis choisissez la formule inférieure pour la période suivante.',
  billingCardDeclined:
    'Votre carte a été refusée : rien n’a été modifié. Remplacez votre carte dans Facturation, puis réessayez.',
  billingPaymentProviderUnconfirmed:
    'Notre prestataire de paiement n’a pas confirmé la modification à temps : elle a peut-être été faite et est en cours de confirmation. Rechargez cette page dans une minute avant de réessayer.',
  billingChangeInProgress: 'Une autre modification de cet abonnement est en cours : rechargez la page dans un instant.',
  billingPaymentProviderFailed:
    'Notre prestataire de paiement n’a pas répondu correctement : rien n’a été modifié. Réessayez dans un instant.',
  billingCardNotShown:
    'Notre prestataire de paiement n’a pas répondu correctement : votre carte ne peut pas être affichée. Réessayez dans un instant.',
  billingSetupIntentMismatch:
    'Cette confirmation de carte n’appartient pas à votre abonnement : saisissez de nouveau votre carte.',
  billingCardNotConfirmed:
    'Votre nouvelle carte n’a pas été acceptée{{reason}}. Saisissez-la de nouveau ou utilisez une autre carte.',
  billingChangeNotShownYet:
    'Votre modification a été faite chez notre prestataire de paiement mais n’apparaît pas encore ici : elle le sera d’ici une minute. Ne la refaites pas.',
  // Invoices the shops issue to their customers
  featureNotInPlan: 'Votre formule n’inclut pas {{feature}}. Passez à une formule qui l’inclut pour l’utiliser.',
  invoicesBelongToPlatform:
    'Les factures appartiennent à la plateforme « {{platform}} » : choisissez-la comme plateforme.',
  invoiceSignIn: 'Connectez-vous pour gérer les factures.',
  invoiceVendorUsersOnly: 'Seuls le propriétaire et les membres de l’équipe d’une boutique gèrent ses factures.',
  invoiceSettingsOwnersOnly: 'Seul le propriétaire de la boutique peut modifier ses paramètres de facturation.',
  invoiceNoVendor: 'Vous n’appartenez à aucune boutique.',
  invoiceNotYourVendor: 'Vous n’appartenez pas à une boutique « {{vendor}} ».',
  invoiceSeveralVendors: 'Vous appartenez à plusieurs boutiques : ajoutez ?vendor=SLUG (ou « vendor » dans le corps).',
  invoiceVendorNotOnOms: 'Votre boutique n’est pas sur la plateforme « {{platform}} », où se trouve la facturation.',
  invoiceNotFound: 'Cette facture n’existe pas.',
  invoiceNotYours: 'Cette facture appartient à une autre boutique.',
  invoiceSettingsNotYet:
    'Vos paramètres de facturation ne sont pas encore saisis : envoyez-les avec PATCH /api/vendor/invoice-settings (raison sociale, adresse, n° de TVA, coordonnées bancaires).',
  invoiceSettingsMissing:
    'Saisissez vos paramètres de facturation (raison sociale, adresse, n° de TVA) avant de créer des factures.',
  invoiceCountryUnknown: '« {{country}} » n’est pas un code pays : utilisez deux majuscules comme LU, FR ou DE.',
  invoiceSellerVatInvalid:
    'Le numéro de TVA « {{vat}} » n’est pas valide : vérifiez-le sur votre immatriculation à la TVA.',
  invoiceSellerVatWrongCountry:
    'Le numéro de TVA « {{vat}} » n’est pas un numéro de TVA de {{country}}, le pays de votre adresse : vérifiez le numéro ou l’adresse.',
  invoiceVatStatusInvalid:
    'vatStatus vaut « registered » (vous facturez la TVA) ou « franchise » (régime de franchise des petites entreprises au Luxembourg).',
  invoiceSellerVatNumberRequired:
    'Vos paramètres de facturation n’ont pas de numéro de TVA valable (vatNumber) : un vendeur assujetti à la TVA ne peut pas émettre de facture sans lui. Ajoutez-le aux paramètres de facturation, ou mettez vatStatus à « franchise » si vous relevez du régime de franchise des petites entreprises au Luxembourg.',
  invoiceFranchiseLuxembourgOnly:
    'Le régime de franchise des petites entreprises (vatStatus « franchise ») n’est pris en charge que pour les vendeurs établis au Luxembourg : indiquez une adresse au Luxembourg, ou mettez vatStatus à « registered ».',
  invoiceFranchiseTaxNumberMissing:
    'Sous le régime de franchise, vos paramètres de facturation doivent contenir votre numéro de TVA ou votre matricule fiscal (taxNumber) avant que vous puissiez émettre une facture.',
  invoiceFranchisePreviousYear:
    'Votre chiffre d’affaires de l’an dernier, {{turnover}} (turnoverPreviousYear), dépasse {{limit}}, le seuil de la franchise en vigueur le {{date}} : vous devez facturer la TVA. Faites-vous immatriculer à la TVA, puis mettez vatStatus à « registered » avec votre numéro de TVA.',
  invoiceFranchiseCurrentYear:
    'Avec cette facture, votre chiffre d’affaires de l’année, {{turnover}}, dépasse {{limit}}, le seuil de la franchise (tolérance comprise) en vigueur le {{date}} : cette vente est taxable (vatStatus). Faites-vous immatriculer à la TVA, puis mettez vatStatus à « registered » avec votre numéro de TVA.',
  invoiceFranchiseNoThreshold:
    'Aucun seuil de franchise n’est connu pour la date de livraison {{date}} : les factures sous le régime de franchise peuvent être émises pour des livraisons à partir de 2020.',
  invoiceIbanInvalid:
    'Cet IBAN n’est pas valide (ses chiffres de contrôle ne correspondent pas) : vérifiez-le sur vos coordonnées bancaires.',
  invoiceEndpointSchemeInvalid:
    'Le schéma d’adresse électronique « {{scheme}} » ne figure pas dans la liste EAS de Peppol : utilisez un code à quatre chiffres comme 9938 (numéro de TVA luxembourgeois), 9930 (numéro de TVA allemand) ou 0208 (numéro d’entreprise belge).',
  invoiceEndpointIdInvalid:
    'L’adresse électronique « {{id}} » ne correspond pas au schéma {{scheme}} : indiquez l’identifiant sans espaces (pour 9938, votre numéro de TVA, p. ex. LU26375245).',
  invoiceBicInvalid: 'Ce BIC n’est pas valide : il compte 8 ou 11 lettres et chiffres, par exemple BCEELULL.',
  invoicePatternInvalid:
    'Le modèle de numéro « {{pattern}} » n’est pas valide : il doit contenir {seq} une fois (p. ex. {seq:05} pour 5 chiffres), peut contenir {prefix} et {year}, et rien d’autre entre accolades.',
  invoicePrefixInvalid: 'Un préfixe de numéro compte au plus 20 caractères, sans espaces ni accolades.',
  invoiceSeriesCollide:
    'Les factures et les avoirs recevraient les mêmes numéros : donnez aux avoirs un autre préfixe ou modèle.',
  invoiceLogoTooLarge: 'Le logo est trop lourd : {{kb}} Ko au plus.',
  invoiceLogoFormat:
    'Le logo doit être une image PNG ou JPEG, envoyée comme URL de données (data:image/png;base64,...).',
  invoicePaymentTerms: 'Le délai de paiement est un nombre entier de jours de 0 à 365.',
  invoiceImmutable:
    'La facture {{number}} est émise et ne peut plus être modifiée ni supprimée : établissez un avoir pour la corriger.',
  invoiceFieldsByService:
    'Ces champs sont fixés en émettant une facture, en établissant son avoir ou en l’encaissant, pas directement : {{fields}}.',
  invoiceChangedWhileIssuing: 'Le client de la facture a changé pendant son émission : émettez-la à nouveau.',
  invoiceAlreadyIssued: 'Cette facture est déjà émise ({{number}}).',
  invoiceCreditDraft: 'Un brouillon ne peut pas faire l’objet d’un avoir : supprimez-le ou modifiez-le.',
  invoiceAlreadyCredited: 'La facture {{number}} a déjà un avoir.',
  invoiceCreditNoteOfCreditNote: 'Un avoir ne peut pas être annulé par un autre avoir.',
  invoiceCannotMarkPaid: 'Seule une facture émise peut être marquée comme payée (celle-ci est {{status}}).',
  invoiceNoCustomerEmail:
    'Cette facture n’a pas d’e-mail client et ne peut donc pas être envoyée : ajoutez-en un au brouillon.',
  invoiceEmailNeedsIssue: '« email » demande « issue » : true (seules les factures émises sont envoyées).',
  bodyNotJsonObject: 'Envoyez un objet JSON comme corps de la requête (Content-Type: application/json).',
  unknownField: '« {{field}} » n’est pas un champ de cette requête : vérifiez son orthographe, ou retirez-le.',
  queryParameterRepeated: 'Le paramètre « {{name}} » est donné plusieurs fois : envoyez-le une seule fois.',
  bodyTooLarge: BODY_TOO_LARGE.fr,
  billingPeriodInvalid: 'billingPeriod doit valoir « monthly » ou « annual ».',
  paramRequired: '{{name}} est requis.',
  paramText: '{{name}} doit être du texte.',
  paramTooLong: '{{name}} compte au plus {{max}} caractères.',
  paramSlug: '{{name}} ne doit contenir que des lettres minuscules, des chiffres et des tirets.',
  localeOneOf: 'locale doit être l’une de ces langues : {{locales}}.',
  inputNulCharacter: 'contient un caractère NUL (\\u0000), qui n’est jamais valide.',
  inputNulCharacterWhole: 'La requête contient un caractère NUL (\\u0000), qui n’est jamais valide.',
  invoiceOrderOrLines: 'Envoyez soit « order » (ses lignes sont reprises) soit « lines », pas les deux.',
  invoiceLinesMissing: 'Envoyez « order » (un identifiant de commande) ou « lines » (au moins une ligne).',
  invoiceCustomerMissing: '« customer » est requis : nom, type (consumer ou business) et adresse.',
  invoiceOrderCustomerMissing:
    'Les commandes ne contiennent ni l’adresse ni le type du client : envoyez « customer » avec type et adresse (nom et e-mail repris de la commande par défaut).',
  invoiceCustomerNameMissing: 'Le nom du client manque : envoyez customer.name.',
  invoiceCustomerField: 'customer.{{field}} est requis, {{max}} caractères au plus.',
  invoiceCustomerEmail: 'customer.email doit être une adresse e-mail valide.',
  invoiceCustomerType: 'customer.type doit être « consumer » ou « business ».',
  invoiceCustomerVat: 'customer.vatNumber doit être un texte de 20 caractères au plus.',
  invoiceCustomerAddress: 'customer.address est requis : street, postalCode, city et country.',
  invoiceCustomerLocale: 'customer.locale doit être en, fr ou de.',
  invoiceOrderId: 'order doit être l’identifiant d’une de vos commandes.',
  invoiceOrderNotFound: 'Votre boutique n’a pas de commande {{order}}.',
  invoiceOrderHasInvoice:
    'La commande {{order}} a déjà la facture {{invoice}} : établissez d’abord son avoir pour facturer à nouveau la commande.',
  invoiceLinesCount: 'Une facture compte de 1 à {{max}} lignes.',
  invoiceLineDescription: 'Chaque ligne demande une description de {{max}} caractères au plus.',
  invoiceQuantity: 'Les quantités sont des nombres entiers de 1 à {{max}}.',
  invoiceUnitPrice: 'Les prix unitaires sont des centimes entiers hors TVA, de 0 à {{max}}.',
  invoiceVatCategory: 'vatCategory doit être l’une des valeurs : {{categories}}.',
  invoiceSupply: 'supply doit être « goods » ou « services ».',
  invoiceSupplyDate: 'supplyDate doit être une date comme 2026-11-29.',
  invoiceFlag: '{{field}} doit valoir true ou false.',
  invoicePdfFormat: 'format doit être pdf ou facturx.',
  invoiceVatInput: 'La facture ne peut pas être calculée : {{reason}}.',
  invoiceActionIssue: 'Émettre la facture',
  invoiceActionIssueEmail: 'Émettre et envoyer au client',
  invoiceActionCredit: 'Créer un avoir',
  invoiceActionPaid: 'Marquer comme payée',
  invoiceActionPdf: 'Télécharger le PDF',
  invoiceActionFacturX: 'Télécharger le Factur-X',
  invoiceActionXml: 'Télécharger le XML (UBL)',
  invoiceActionConfirmCredit: 'Créer un avoir qui annule entièrement cette facture ? C’est irréversible.',
  invoiceActionFailed: 'La requête a échoué. Vérifiez votre connexion et réessayez.',
  invoiceActionIssued: 'La facture {{number}} est émise.',
  invoiceActionIssuedSent: 'La facture {{number}} est émise et envoyée au client.',
  invoiceActionCredited: 'L’avoir {{number}} est émis : il annule entièrement la facture.',
  invoiceActionMarkedPaid: 'La facture {{number}} est marquée comme payée.',
  invoiceActionMore: 'Téléchargements et envoi',
  invoiceTotalsPending: 'Calculés à l’enregistrement.',
  invoiceViesNotChecked:
    'Non contrôlé : VIES n’est interrogé qu’à l’émission de la facture, pour un client professionnel d’un autre État membre.',
  invoiceReadOnly: 'Une facture émise ne change plus. Pour corriger celle-ci, créez un avoir.',
  invoiceSaveBeforeIssue: 'Enregistrez d’abord vos modifications : la facture est émise telle qu’enregistrée.',
  moneyInputInvalid: 'Saisissez un montant en euros, p. ex. 76,50.',
  moneyOutOfRange: 'Les montants vont de {{min}} à {{max}}.',
  invoiceLogoUploadTooLarge: 'Le logo est trop lourd : {{mb}} Mo au plus.',
  invoiceLogoUploadFormat: 'Le logo doit être une image PNG ou JPEG.',
  invoiceLogoOfAnotherShop: 'Ce logo appartient à une autre boutique : téléversez le vôtre.',
  // Billing page in the admin (/admin/billing), the dunning banner, the vendor record's billing link
  billingNavGroup: 'Votre abonnement',
  billingPageNav: 'Facturation',
  billingPageTitle: 'Facturation',
  billingPageNoVendor: 'La facturation appartient à une boutique : ouvrez un commerçant et choisissez « Facturation ».',
  billingPageVendorNotFound: 'Il n’y a pas de boutique « {{vendor}} » que vous pouvez consulter.',
  billingPageChooseVendor:
    'Vous appartenez à plusieurs boutiques : choisissez celle dont vous voulez voir la facturation.',
  billingPageChoosePlatform: '{{vendor}} est sur plusieurs plateformes : choisissez-en une.',
  billingPageNotOnPlatform: '{{vendor}} n’est encore sur aucune plateforme : il n’a pas de facturation.',
  billingPageViewingAs: 'Vous consultez la facturation de {{vendor}} en tant qu’administrateur : lecture seule.',
  billingPageActingAs:
    'Vous agissez pour {{vendor}} en tant que super administrateur : ce que vous changez ici change son abonnement et ce qu’il paie.',
  billingPageMemberReadOnly:
    'Seul le propriétaire de la boutique peut changer la formule, les options, la carte ou l’abonnement.',
  billingPageNotOnline:
    'Cet abonnement n’est pas facturé en ligne : nous le gérons pour vous. Contactez-nous pour changer de formule, d’options ou de carte, ou pour le résilier.',
  billingPageEnded: 'Un abonnement terminé ne peut plus être modifié ici : contactez-nous pour repartir.',
  billingPageNoSubscription:
    'Cette boutique n’a pas encore d’abonnement sur cette plateforme : souscrivez-en un depuis la page des tarifs, ou contactez-nous.',
  billingPageLoading: 'Chargement…',
  billingPageNetwork: 'La demande n’a pas pu être envoyée. Vérifiez votre connexion et réessayez.',
  billingPagePlan: 'Formule',
  billingPageStatus: 'Statut',
  billingPagePeriod: 'Périodicité',
  billingPageTrialDaysLeft_one: '{{count}} jour d’essai gratuit restant (jusqu’au {{date}})',
  billingPageTrialDaysLeft_other: '{{count}} jours d’essai gratuit restants (jusqu’au {{date}})',
  billingPageRenews: 'Renouvellement le {{date}}',
  billingPageEndsOn: 'Résilié : prend fin le {{date}}',
  billingPageScheduledChange: 'Passe à {{plan}} le {{date}}',
  billingPageReadOnly: 'Cet abonnement est {{status}} : les données de la boutique sont en lecture seule.',
  billingPageNextSubscriptionInvoice: 'Prochaine facture',
  billingPageNextSubscriptionInvoiceOn: '{{amount}} le {{date}}',
  billingPageNoUpcoming: 'Aucune facture à venir.',
  billingPageUsage: 'Utilisation',
  billingPageChangePlan: 'Changer de formule',
  billingPagePerMonth: '{{amount}} / mois',
  billingPagePerYear: '{{amount}} / an',
  billingPageCurrent: 'Formule actuelle',
  billingPagePreview: 'Voir le prix',
  billingPagePreviewTitle: 'Passer à {{plan}}, facturation {{period}}',
  billingPagePreviewDue: 'À payer {{when}} : {{amount}}',
  billingPageNow: 'maintenant',
  billingPageProrated: 'au prorata',
  billingPageConfirmChange: 'Confirmer le changement',
  billingPageKeepPlan: 'Garder ma formule',
  billingPageChanged: 'Votre formule est désormais {{plan}}.',
  billingPageChangeSaved: 'Votre formule passera à {{plan}} à la fin de la période en cours.',
  billingPageLimits: 'Limites',
  billingPageAddOns: 'Options',
  billingPageAddOnAdd: 'Ajouter',
  billingPageAddOnRemove: 'Retirer',
  billingPageAddOnActive: 'Active',
  billingPageAddOnAdded: 'L’option « {{addOn}} » est ajoutée.',
  billingPageAddOnRemoved: 'L’option « {{addOn}} » est retirée.',
  billingPageNoAddOns: 'Aucune option n’est proposée sur cette plateforme.',
  billingPagePerInterval_month: '{{amount}} / mois',
  billingPagePerInterval_year: '{{amount}} / an',
  billingPagePerInterval_once: '{{amount}} une fois',
  billingPagePaymentMethod: 'Moyen de paiement',
  billingPageCardOnFile: '{{brand}} •••• {{last4}}, expire fin {{expiry}}',
  billingPageNoCard: 'Aucune carte enregistrée',
  billingPageReplaceCard: 'Remplacer la carte',
  billingPageCardLabel: 'Nouvelle carte',
  billingPageSaveCard: 'Enregistrer la carte',
  billingPageCardSaved: 'Votre nouvelle carte est enregistrée : elle paiera les prochaines factures.',
  billingPageCardDeclined: 'Votre carte a été refusée. Essayez une autre carte.',
  billingPageCardFailed: 'Votre carte n’a pas été acceptée. Saisissez-la de nouveau ou utilisez une autre carte.',
  billingPageCardUnavailable: 'Le formulaire de carte n’a pas pu être chargé. Réessayez dans un instant.',
  billingPageSubscriptionInvoices: 'Factures d’abonnement',
  billingPageSubscriptionInvoiceNumber: 'Numéro',
  billingPageSubscriptionInvoiceDate: 'Date',
  billingPageSubscriptionInvoiceAmount: 'Montant',
  billingPageSubscriptionInvoiceStatus: 'Statut',
  billingPageSubscriptionInvoicePdf: 'PDF',
  billingPageDownload: 'Télécharger',
  billingPageNoSubscriptionInvoices: 'Aucune facture pour l’instant.',
  billingPageSubscriptionInvoice_draft: 'Brouillon',
  billingPageSubscriptionInvoice_open: 'À payer',
  billingPageSubscriptionInvoice_paid: 'Payée',
  billingPageSubscriptionInvoice_uncollectible: 'Irrécouvrable',
  billingPageSubscriptionInvoice_void: 'Annulée',
  billingPageCancelSubscription: 'Résilier l’abonnement',
  billingPageCancelQuestion:
    'Résilier à la fin de la période en cours ({{date}}) ? Ensuite, les données de la boutique restent, en lecture seule.',
  billingPageCancelYes: 'Oui, résilier',
  billingPageCancelNo: 'Non, le garder',
  billingPageCanceled: 'Votre abonnement prend fin le {{date}}.',
  billingPageResume: 'Reprendre l’abonnement',
  billingPageResumed: 'Votre abonnement continue.',
  billingDunning_one:
    'Votre dernier paiement a échoué. Mettez à jour votre carte d’ici {{count}} jour (le {{date}}), sinon votre boutique passe en lecture seule.',
  billingDunning_other:
    'Votre dernier paiement a échoué. Mettez à jour votre carte d’ici {{count}} jours (le {{date}}), sinon votre boutique passe en lecture seule.',
  billingDunningReadOnly:
    'Votre paiement est en retard et le délai de grâce est écoulé : votre boutique est en lecture seule. Mettez à jour votre carte pour la rétablir.',
  billingDunningLink: 'Aller à la facturation',
  billingPageCancelForm: 'Annuler',
  billingPageOpenForVendor: 'Facturation',
  // Stripe webhooks and dunning
  subscriptionPastDueReadOnly:
    'Le paiement de votre abonnement {{plan}} est en retard et le délai de grâce est écoulé : vos données sont en lecture seule jusqu’à ce que le paiement aboutisse. Mettez à jour votre carte sous Facturation.',
  stripeWebhookSignatureMissing:
    'En-tête Stripe-Signature manquant : ce point d’accès n’accepte que les événements signés par Stripe.',
  stripeWebhookSignatureInvalid:
    'La signature Stripe ne correspond pas à cet événement : vérifiez que STRIPE_WEBHOOK_SECRET est le secret de signature de ce point d’accès.',
  stripeWebhookTimestampStale:
    'L’horodatage de la signature Stripe s’écarte de plus de {{seconds}} secondes de l’horloge du serveur : l’événement est refusé comme possible rejeu.',
  stripeWebhookNotJson: 'Le corps de la requête n’est pas un événement Stripe en JSON.',
  platformGraceDaysWhole: 'Le délai de grâce doit être un nombre entier de jours entre 0 et 60.',
  // Vendor subscriptions
  fieldsWrittenByApp:
    'Ces champs sont fixés par l’application d’après Stripe et ne peuvent pas être modifiés ici : {{fields}}.',
  // Invoicing review fixes
  invoiceSeriesReusesNumber:
    '{{field}} : cette série pourrait produire {{number}}, un numéro déjà attribué par cette boutique : choisissez un préfixe ou un modèle auquel aucun numéro émis ne correspond.',
  orderHasIssuedInvoice:
    'Cette commande a {{count}} facture(s) ou avoir(s) émis : elle ne peut pas être supprimée, car une facture émise ne change plus.',
  invoiceSignedCents: 'Les montants sont des centimes entiers, de -{{max}} à {{max}}.',
  // Capacity planning
  capacitySignIn: 'Connectez-vous en super admin ou en admin de plateforme pour voir les chiffres de capacité.',
  capacityAdminsOnly: 'Les chiffres de capacité sont réservés aux super admins et aux admins de plateforme.',
  capacityPlatformNotYours:
    'Vous ne gérez pas la plateforme « {{platform}} » : demandez l’une de vos plateformes, ou omettez platform.',
  capacityNoSuchPlatform: 'Il n’existe pas de plateforme « {{platform}} ».',
  capacityDaysInvalid: 'days doit être un nombre entier de jours de 1 à 365.',
  capacityMetricVendors: 'Abonnements actifs',
  capacityMetricMrr: 'MRR',
  capacityRecNearLimit:
    '{{vendor}} utilise {{used}} sur {{limit}} ({{percent}} %) de {{what}} avec {{tier}} : proposez {{nextTier}}.',
  capacityRecNearLimitTopTier:
    '{{vendor}} utilise {{used}} sur {{limit}} ({{percent}} %) de {{what}} avec {{tier}}, la formule la plus haute : proposez une option.',
  capacityRecTierPricing:
    '{{count}} boutiques sur {{total}} en {{tier}} sont à 80 % ou plus d’une limite, surtout {{what}} : ses limites ou son prix méritent un examen.',
  capacityRecTrialEnding: 'L’essai de {{tier}} de {{vendor}} se termine le {{date}}.',
  capacityRecPastDue: '{{vendor}} est en retard de paiement sur {{tier}}.',
  capacityRecPastDueSince: '{{vendor}} est en retard de paiement sur {{tier}} depuis le {{date}}.',
  capacityRecCapacitySoon_one:
    '{{what}} sur {{platform}} devrait atteindre 80 % de la capacité ({{threshold}}) le {{date}}, dans {{count}} jour.',
  capacityRecCapacitySoon_other:
    '{{what}} sur {{platform}} devrait atteindre 80 % de la capacité ({{threshold}}) le {{date}}, dans {{count}} jours.',
  capacityRecCapacityReached:
    '{{what}} sur {{platform}} est à {{value}}, au-delà de 80 % de la capacité ({{threshold}}).',
  capacityRecCeilingSoon_one:
    '{{what}} sur {{platform}} devrait atteindre son plafond prévu ({{threshold}}) le {{date}}, dans {{count}} jour.',
  capacityRecCeilingSoon_other:
    '{{what}} sur {{platform}} devrait atteindre son plafond prévu ({{threshold}}) le {{date}}, dans {{count}} jours.',
  capacityRecCeilingReached:
    '{{what}} sur {{platform}} est à {{value}}, au niveau ou au-delà de son plafond prévu ({{threshold}}).',
  capacityViewTitle: 'Capacité',
  capacityViewIntro:
    'Par plateforme : capacité théorique face à l’utilisation, tendances et prévisions, et ce qui demande attention.',
  capacityViewNoPlatforms: 'Vous ne gérez encore aucune plateforme.',
  capacityViewNoSnapshots:
    'Aucun relevé encore : la tâche quotidienne captureCapacitySnapshot en prend un. Les chiffres ci-dessous sont en direct.',
  capacityViewLastSnapshot: 'Dernier relevé : {{date}}',
  capacityViewMrrDetail: 'dont en retard {{pastDue}} · essais à part {{trial}}',
  capacityViewByTier: 'Boutiques par formule',
  capacityViewByStatus: 'Boutiques par statut',
  capacityViewTrialsEnding: 'Essais se terminant cette semaine',
  capacityViewPastDue: 'Boutiques en retard de paiement',
  capacityViewRecommendations: 'Recommandations',
  capacityViewNone: 'Aucune.',
  capacityViewUsed: '{{used}} utilisés sur {{limit}}',
  capacityViewUnlimited: '+ {{count}} illimités',
  capacityViewNotEnoughData: 'Pas assez de données pour une tendance : {{count}} jours sur 7.',
  capacityViewTrend: '{{growth}} par jour · R² {{r2}}',
  capacityViewCrosses: '80 % de la capacité le {{date}}',
  capacityViewCrossesCeiling: 'plafond le {{date}}',
  capacityChartUsed: 'Utilisé',
  capacityChartForecast: 'Prévision',
  capacityChartThreshold: '80 % de la capacité',
  capacityChartCeiling: 'Plafond prévu',
  capacityViewAllSnapshots: 'Tous les relevés',
  jobSchedulesTitle: 'Planifications',
  jobSchedulesTask: 'Tâche',
  jobSchedulesCron: 'Cron (UTC)',
  jobSchedulesNextRun: 'Prochaine exécution',
  jobSchedulesLastRun: 'Dernière exécution',
  jobSchedulesNever: 'pas encore',
  jobSchedulesRunning: 'en cours ou en attente',
  jobSchedulesFailed: 'échec (essai {{attempts}}) : {{error}}',
  jobSchedulesFinished: 'terminée le {{date}}',
  // Subscription invoice lines, in our words (src/services/billing/subscriptionInvoiceLines.ts)
  billingLinePlanMonthly: 'Formule {{plan}}, mensuelle',
  billingLinePlanAnnual: 'Formule {{plan}}, annuelle',
  billingLineAddOn: 'Option : {{addOn}}',
  billingLineQuantity: '{{quantity}} × {{item}}',
  billingLineTrial: 'Essai gratuit : {{item}}',
  billingLineUnusedTime: 'Temps non utilisé : {{item}}',
  billingLineRemainingTime: 'Temps restant : {{item}}',
  billingPageExpiredHowToReturn:
    'Votre essai est terminé et votre boutique est en lecture seule : rien n’a été supprimé. Pour revenir, choisissez une formule ci-dessous et ajoutez une carte sous Moyen de paiement ; votre boutique redevient modifiable dès que l’abonnement est actif.',
  customiseSignIn: 'Connectez-vous pour personnaliser une page.',
  customisePageNotFound: 'Aucune page {{id}} que vous puissiez lire.',
  customiseOnlyDefaults:
    'Seule une page par défaut de la plateforme peut être personnalisée ; cette page est déjà celle d’une boutique ou une page du site de la plateforme.',
  customiseNotYourShop:
    'Vous ne pouvez personnaliser des pages que pour votre propre boutique, sur une plateforme où elle est inscrite.',
  customiseChooseShop:
    'Vous travaillez pour plusieurs boutiques sur cette plateforme : indiquez laquelle dans « vendor ».',
  customisePage: 'Personnaliser cette page',
  customisePageHint:
    'Ceci est la page par défaut de la plateforme : votre boutique l’affiche tant que vous n’avez pas écrit la vôtre.',
  customisePageOpening: 'Ouverture de votre copie…',
  openPublicPage: 'Ouvrir la page',
}
