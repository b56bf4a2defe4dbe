import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
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
import { StageField as StageField_65ae1ce7a6352773aeadbbd1d23e6fed } from '@/components/admin/StageField'
import { StageHistory as StageHistory_4c8576c416007962cb5296ae874611b9 } from '@/components/admin/StageHistory'
import { ReleaseLockOnLeave as ReleaseLockOnLeave_295653fdf2c4cf01b8acbedabfad0413 } from '../../../components/admin/locks/ReleaseLockOnLeave'
import { KeepEditsOnTakeOver as KeepEditsOnTakeOver_f128fd90357cc4527fc97cc0fbd63f03 } from '../../../components/admin/locks/KeepEditsOnTakeOver'
import { ClaimLockOnTakeOver as ClaimLockOnTakeOver_38712aae1d42f743a2ef15d9857da755 } from '../../../components/admin/locks/ClaimLockOnTakeOver'
import { ArticlePublishButton as ArticlePublishButton_d5b175c3d5800ed882d5f2727a07ae6e } from '@/components/admin/ArticlePublishButton'
import { ArticleUnpublishNote as ArticleUnpublishNote_b36b3f8079377fb0092017b529a2f6b8 } from '@/components/admin/ArticleUnpublishNote'
import { ExportLink as ExportLink_3ed7909865467ab7579f9597b84530a7 } from '@/collections/AuditLog/ExportLink'
import { NotificationsNavLink as NotificationsNavLink_06541e8e7b765c5d282e7bb22668faa8 } from '../../../components/admin/notifications/NotificationsNavLink'
import { ReadershipNavLink as ReadershipNavLink_9a2cf4124056d7cc46157abf34aa52a4 } from '../../../components/admin/readership/ReadershipNavLink'
import { RoyaltiesNavLink as RoyaltiesNavLink_07cba07a52753118d5704a8477a24bea } from '../../../components/admin/royalties/RoyaltiesNavLink'
import { VietnameseToasts as VietnameseToasts_9e7173d8201b93bde65f6c56d8bd99f5 } from '../../../components/admin/toasts/VietnameseToasts'
import { KeepFailedUploads as KeepFailedUploads_0c87c4aa95d495df93b8e1ff839c8199 } from '../../../components/admin/uploads/KeepFailedUploads'
import { DeskView as DeskView_ef8e8f6dcb251bdb8cb1f62b1693bd23 } from '../../../components/admin/desk/DeskView'
import { ReadershipView as ReadershipView_671723c00dc955f8383bce58f8d43fb9 } from '../../../components/admin/readership/ReadershipView'
import { RoyaltiesView as RoyaltiesView_682956f89ec19aca902dc46742f6f98c } from '../../../components/admin/royalties/RoyaltiesView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
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
  "@/components/admin/StageField#StageField": StageField_65ae1ce7a6352773aeadbbd1d23e6fed,
  "@/components/admin/StageHistory#StageHistory": StageHistory_4c8576c416007962cb5296ae874611b9,
  "/components/admin/locks/ReleaseLockOnLeave#ReleaseLockOnLeave": ReleaseLockOnLeave_295653fdf2c4cf01b8acbedabfad0413,
  "/components/admin/locks/KeepEditsOnTakeOver#KeepEditsOnTakeOver": KeepEditsOnTakeOver_f128fd90357cc4527fc97cc0fbd63f03,
  "/components/admin/locks/ClaimLockOnTakeOver#ClaimLockOnTakeOver": ClaimLockOnTakeOver_38712aae1d42f743a2ef15d9857da755,
  "@/components/admin/ArticlePublishButton#ArticlePublishButton": ArticlePublishButton_d5b175c3d5800ed882d5f2727a07ae6e,
  "@/components/admin/ArticleUnpublishNote#ArticleUnpublishNote": ArticleUnpublishNote_b36b3f8079377fb0092017b529a2f6b8,
  "@/collections/AuditLog/ExportLink#ExportLink": ExportLink_3ed7909865467ab7579f9597b84530a7,
  "/components/admin/notifications/NotificationsNavLink#NotificationsNavLink": NotificationsNavLink_06541e8e7b765c5d282e7bb22668faa8,
  "/components/admin/readership/ReadershipNavLink#ReadershipNavLink": ReadershipNavLink_9a2cf4124056d7cc46157abf34aa52a4,
  "/components/admin/royalties/RoyaltiesNavLink#RoyaltiesNavLink": RoyaltiesNavLink_07cba07a52753118d5704a8477a24bea,
  "/components/admin/toasts/VietnameseToasts#VietnameseToasts": VietnameseToasts_9e7173d8201b93bde65f6c56d8bd99f5,
  "/components/admin/uploads/KeepFailedUploads#KeepFailedUploads": KeepFailedUploads_0c87c4aa95d495df93b8e1ff839c8199,
  "/components/admin/desk/DeskView#DeskView": DeskView_ef8e8f6dcb251bdb8cb1f62b1693bd23,
  "/components/admin/readership/ReadershipView#ReadershipView": ReadershipView_671723c00dc955f8383bce58f8d43fb9,
  "/components/admin/royalties/RoyaltiesView#RoyaltiesView": RoyaltiesView_682956f89ec19aca902dc46742f6f98c,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
