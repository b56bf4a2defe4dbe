import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { graphQLDepthRule } from '@/api/graphql-depth'
import { MAX_DEPTH } from '@/api/limits'
import { lockReopenedEndpoint } from '@/api/lock-reopened'
import { lockTakenOverEndpoint } from '@/api/lock-taken-over'
import { translateLimitErrors } from '@/api/translate-limit-errors'
import { translateLockErrors } from '@/api/translate-lock-errors'
import { withApiLimits } from '@/api/with-api-limits'
import { Articles } from '@/collections/Articles'
import { AuditLog } from '@/collections/AuditLog'
import { auditTrail } from '@/collections/AuditLog/plugin'
import { Authors } from '@/collections/Authors'
import { Categories } from '@/collections/Categories'
import { Comments } from '@/collections/Comments'
import { ContentChanges } from '@/collections/ContentChanges'
import { EditorialNotes } from '@/collections/EditorialNotes'
import { FormTokenUses } from '@/collections/FormTokenUses'
import { Leaders } from '@/collections/Leaders'
import { Media } from '@/collections/Media'
import { MAX_UPLOAD_BYTES } from '@/collections/Media/limits'
import { Notifications } from '@/collections/Notifications'
import { Pages } from '@/collections/Pages'
import { PageViews } from '@/collections/PageViews'
import { Questions } from '@/collections/Questions'
import { Redirects } from '@/collections/Redirects'
import { ScheduleEntries } from '@/collections/ScheduleEntries'
import { Tags } from '@/collections/Tags'
import { Topics } from '@/collections/Topics'
import { Units } from '@/collections/Units'
import { Users } from '@/collections/Users'
import {
  releaseGlobalLocksOnLeave,
  releaseLocksOnLeave,
} from '@/components/admin/locks/release-lock'
import { databaseAdapter } from '@/db/adapter'
import { runMigrationsOnInit } from '@/db/run-migrations-on-init'
import { emailAdapter } from '@/email/adapter'
import { FeedbackSettings } from '@/globals/FeedbackSettings'
import { Navigation } from '@/globals/Navigation'
import { RoyaltySettings } from '@/globals/RoyaltySettings'
import { SearchSettingsGlobal } from '@/globals/SearchSettings'
import { Site } from '@/globals/Site'
import { withLockHolderNames } from '@/hooks/lock-holder-name'
import { contentLocalization } from '@/i18n/locales'
import { jobsConfig } from '@/jobs/config'
import { loggerConfig } from '@/lib/logger'
import { richTextEditor } from '@/lib/rich-text-editor'
import { resolveSecret } from '@/lib/secret'
import { royaltyReportEndpoint } from '@/royalties/endpoint'
import { searchEndpoint } from '@/search/http/endpoint'
import { livePreviewUrl } from '@/site/preview-url'

// import.meta.dirname is undefined inside Next's server bundle.
const dirname = path.dirname(fileURLToPath(import.meta.url))

// Every collection, Payload's own included, gets the list cap once the config is sanitised; the
// locks collection also names who holds a document (src/hooks/lock-holder-name.ts).
export default withLockHolderNames(
  withApiLimits(
    buildConfig({
      serverURL: process.env.SERVER_URL || undefined,
      secret: resolveSecret(),
      admin: {
        user: Users.slug,
        importMap: { baseDir: path.resolve(dirname, 'src') },
        meta: { titleSuffix: ' — Quản trị nội dung' },
        dateFormat: 'dd/MM/yyyy HH:mm',
        // Payload's default is Gravatar, an external image the CSP blocks (and a request telling a
        // third party who is working in the admin): the built-in local silhouette instead.
        avatar: 'default',
        // Articles and standing pages beside the form as readers will see them (drafts through
        // the staff-only preview route), at a phone's and a desktop's width.
        livePreview: {
          collections: ['articles', 'pages'],
          url: ({ collectionConfig, data, req }) =>
            livePreviewUrl(collectionConfig?.slug, data, req),
          breakpoints: [
            { name: 'phone', label: 'Điện thoại (390 px)', width: 390, height: 844 },
            { name: 'desktop', label: 'Máy tính (1280 px)', width: 1280, height: 800 },
          ],
        },
        components: {
          // Payload's fixed English toasts (the bulk-upload summary) in Vietnamese.
          providers: [
            '/components/admin/toasts/VietnameseToasts#VietnameseToasts',
            // A photo lost on the way stays in the bulk-upload drawer, not counted as saved.
            '/components/admin/uploads/KeepFailedUploads#KeepFailedUploads',
          ],
          afterNavLinks: [
            '/components/admin/notifications/NotificationsNavLink#NotificationsNavLink',
            '/components/admin/readership/ReadershipNavLink#ReadershipNavLink',
            '/components/admin/royalties/RoyaltiesNavLink#RoyaltiesNavLink',
          ],
          views: {
            // The desk (issue 11 §2): each person's work instead of Payload's collection cards; it
            // also shows the search-sync notice that used to sit above the default dashboard.
            dashboard: { Component: '/components/admin/desk/DeskView#DeskView' },
            // Readership figures for editors and admins (issue 12 §6).
            readership: {
              Component: '/components/admin/readership/ReadershipView#ReadershipView',
              path: '/thong-ke',
            },
            // The monthly royalty report for editors, approvers and admins (issue 11 §4).
            royalties: {
              Component: '/components/admin/royalties/RoyaltiesView#RoyaltiesView',
              path: '/nhuan-but',
            },
          },
        },
      },
      i18n: {
        supportedLanguages: { vi, en },
        fallbackLanguage: 'vi',
      },
      // Content languages (issue 12 §2): pages, leaders, units and the site settings have an
      // English version beside the Vietnamese one; everything else stays Vietnamese-only. No
      // fallback: a field without English stays empty, so the site can tell "no English" apart
      // and never shows a Vietnamese text inside an English page (src/site/i18n).
      localization: contentLocalization,
      // Each lockable document releases its editor's lock when they leave it
      // (src/components/admin/locks).
      collections: releaseLocksOnLeave([
        Articles,
        EditorialNotes,
        Notifications,
        Media,
        Categories,
        Tags,
        Authors,
        Topics,
        ScheduleEntries,
        Leaders,
        Pages,
        Units,
        Comments,
        Questions,
        Users,
        Redirects,
        ContentChanges,
        AuditLog,
        PageViews,
        FormTokenUses,
      ]),
      globals: releaseGlobalLocksOnLeave([
        Site,
        Navigation,
        SearchSettingsGlobal,
        RoyaltySettings,
        FeedbackSettings,
      ]),
      endpoints: [
        searchEndpoint,
        royaltyReportEndpoint,
        lockReopenedEndpoint,
        lockTakenOverEndpoint,
      ],
      editor: richTextEditor,
      // SMTP from the environment, or messages logged to the console (src/email/adapter.ts).
      email: emailAdapter(),
      db: databaseAdapter(),
      sharp,
      upload: {
        limits: { fileSize: MAX_UPLOAD_BYTES },
        abortOnLimit: true,
        responseOnLimit: 'Tệp quá lớn. / File too large.',
      },
      // Relationship depth: REST and the Local API clamp to MAX_DEPTH; GraphQL queries written deeper
      // are refused (src/api/graphql-depth.ts).
      maxDepth: MAX_DEPTH,
      graphQL: {
        disablePlaygroundInProduction: true,
        validationRules: (args) => [graphQLDepthRule(args.variableValues ?? {})],
      },
      hooks: { afterError: [translateLimitErrors, translateLockErrors] },
      jobs: jobsConfig,
      // Audit hooks on every collection and global (src/collections/AuditLog/plugin.ts).
      plugins: [auditTrail],
      onInit: runMigrationsOnInit,
      telemetry: false,
      logger: loggerConfig(),
      // Our APIErrors are user mistakes answered with 4xx (bad upload, forbidden publish); the hooks
      // that raise them log an English line themselves.
      loggingLevels: { APIError: 'warn', AuthenticationError: 'warn', LockedAuth: 'warn' },
      typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
    }),
  ),
)
