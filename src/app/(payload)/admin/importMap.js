import { OwnOriginJSONField as OwnOriginJSONField_fb4d44900a8228b2efabf01bb1fe00c9 } from '../../../plugins/adminPresentation/OwnOriginCodeFields'
import { MoneyCell as MoneyCell_fdc66b18ef950241d8fd7734f921cf04 } from '../../../admin/fields/MoneyCell'
import { MoneyField as MoneyField_f1724a94449fcc9b316eeba2de8058b6 } from '../../../admin/fields/MoneyField'
import { CountryField as CountryField_72461cf95eb3092a5980c17ee21105ad } from '../../../admin/fields/CountryField'
import { VendorBillingLink as VendorBillingLink_a499a037e8fb81e2142ce3afa19c4673 } from '../../../admin/billing/VendorBillingLink'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { PageActions as PageActions_9e4201fd3ecaf0f81fc7db8effc69991 } from '../../../admin/contentPages/PageActions'
import { IssuedNotice as IssuedNotice_f4c60d097c0585b34f1f604cb7ec306c } from '../../../admin/invoices/IssuedNotice'
import { ReadOnlyGroupField as ReadOnlyGroupField_81242ef982dd734e2418b1ac80a1225d } from '../../../admin/fields/ReadOnlyGroupField'
import { InvoiceActions as InvoiceActions_d32199882da13e284ae7a0cfd131910a } from '../../../admin/invoices/InvoiceActions'
import { InvoiceMenuItems as InvoiceMenuItems_4836cd0503f05875ce78f33e9e6185aa } from '../../../admin/invoices/InvoiceMenuItems'
import { InvoiceSaveButton as InvoiceSaveButton_62a60e9b59a2ef36dfeb315a9965f935 } from '../../../admin/invoices/InvoiceSaveButton'
import { JobSchedules as JobSchedules_d16de14419e571b4d6a936ca146c2384 } from '../../../admin/jobs/JobSchedules'
import { DunningBanner as DunningBanner_6a1e52f5a673cb5b5ecc7130478850f9 } from '../../../admin/billing/DunningBanner'
import { BillingNavLink as BillingNavLink_e38d3a9950f7ad9a5644a995cdcf5cea } from '../../../admin/billing/BillingNavLink'
import { LetzshopSyncNavLink as LetzshopSyncNavLink_6155c8feede0911fd3d2d206e612fa4f } from '../../../admin/letzshopSync/LetzshopSyncNavLink'
import { AdminLanguagePreference as AdminLanguagePreference_d961225f5b8f8180b1de01ed0d55182b } from '../../../plugins/adminPresentation/AdminLanguagePreference'
import { RowSelectionLabels as RowSelectionLabels_4357aae1866d0173be7e8cd75260d2e4 } from '../../../plugins/adminPresentation/RowSelectionLabels'
import { Dashboard as Dashboard_f4c94eb62e7d955ed6fcc34236a39620 } from '../../../admin/dashboard/Dashboard'
import { CapacityView as CapacityView_5f4cc00c1e9fa8bc20f02c293644ce4f } from '../../../admin/capacity/CapacityView'
import { BillingView as BillingView_1a24794412d4e6eef5e96f20444b023d } from '../../../admin/billing/BillingView'
import { LetzshopSyncView as LetzshopSyncView_2efee9f3450f0e78dd428d599d047da0 } from '../../../admin/letzshopSync/LetzshopSyncView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/plugins/adminPresentation/OwnOriginCodeFields#OwnOriginJSONField": OwnOriginJSONField_fb4d44900a8228b2efabf01bb1fe00c9,
  "/admin/fields/MoneyCell#MoneyCell": MoneyCell_fdc66b18ef950241d8fd7734f921cf04,
  "/admin/fields/MoneyField#MoneyField": MoneyField_f1724a94449fcc9b316eeba2de8058b6,
  "/admin/fields/CountryField#CountryField": CountryField_72461cf95eb3092a5980c17ee21105ad,
  "/admin/billing/VendorBillingLink#VendorBillingLink": VendorBillingLink_a499a037e8fb81e2142ce3afa19c4673,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/admin/contentPages/PageActions#PageActions": PageActions_9e4201fd3ecaf0f81fc7db8effc69991,
  "/admin/invoices/IssuedNotice#IssuedNotice": IssuedNotice_f4c60d097c0585b34f1f604cb7ec306c,
  "/admin/fields/ReadOnlyGroupField#ReadOnlyGroupField": ReadOnlyGroupField_81242ef982dd734e2418b1ac80a1225d,
  "/admin/invoices/InvoiceActions#InvoiceActions": InvoiceActions_d32199882da13e284ae7a0cfd131910a,
  "/admin/invoices/InvoiceMenuItems#InvoiceMenuItems": InvoiceMenuItems_4836cd0503f05875ce78f33e9e6185aa,
  "/admin/invoices/InvoiceSaveButton#InvoiceSaveButton": InvoiceSaveButton_62a60e9b59a2ef36dfeb315a9965f935,
  "/admin/jobs/JobSchedules#JobSchedules": JobSchedules_d16de14419e571b4d6a936ca146c2384,
  "/admin/billing/DunningBanner#DunningBanner": DunningBanner_6a1e52f5a673cb5b5ecc7130478850f9,
  "/admin/billing/BillingNavLink#BillingNavLink": BillingNavLink_e38d3a9950f7ad9a5644a995cdcf5cea,
  "/admin/letzshopSync/LetzshopSyncNavLink#LetzshopSyncNavLink": LetzshopSyncNavLink_6155c8feede0911fd3d2d206e612fa4f,
  "/plugins/adminPresentation/AdminLanguagePreference#AdminLanguagePreference": AdminLanguagePreference_d961225f5b8f8180b1de01ed0d55182b,
  "/plugins/adminPresentation/RowSelectionLabels#RowSelectionLabels": RowSelectionLabels_4357aae1866d0173be7e8cd75260d2e4,
  "/admin/dashboard/Dashboard#Dashboard": Dashboard_f4c94eb62e7d955ed6fcc34236a39620,
  "/admin/capacity/CapacityView#CapacityView": CapacityView_5f4cc00c1e9fa8bc20f02c293644ce4f,
  "/admin/billing/BillingView#BillingView": BillingView_1a24794412d4e6eef5e96f20444b023d,
  "/admin/letzshopSync/LetzshopSyncView#LetzshopSyncView": LetzshopSyncView_2efee9f3450f0e78dd428d599d047da0,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
