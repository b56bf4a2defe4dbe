import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { graphQLDepthRule } from '@/api/graphql-depth'
import { MAX_DEPTH } from '@/api/limits'
import { translateLimitErrors } from '@/api/translate-limit-errors'
import { withApiLimits } from '@/api/with-api-limits'
import { Articles } from '@/collections/Articles'
import { AuditLog } from '@/collections/AuditLog'
import { auditTrail } from '@/collections/AuditLog/plugin'
import { Authors } from '@/collections/Authors'
import { Categories } from '@/collections/Categories'
import { Comments } from '@/collections/Comments'
import { ContentChanges } from '@/collections/ContentChanges'
import { FormTokenUses } from '@/collections/FormTokenUses'
import { Leaders } from '@/collections/Leaders'
import { Media } from '@/collections/Media'
import { MAX_UPLOAD_BYTES } from '@/collections/Media/limits'
import { PageViews } from '@/collections/PageViews'
import { Questions } from '@/collections/Questions'
import { Redirects } from '@/collections/Redirects'
import { ScheduleEntries } from '@/collections/ScheduleEntries'
import { Tags } from '@/collections/Tags'
import { Topics } from '@/collections/Topics'
import { Users } from '@/collections/Users'
import { databaseAdapter } from '@/db/adapter'
import { runMigrationsOnInit } from '@/db/run-migrations-on-init'
import { FeedbackSettings } from '@/globals/FeedbackSettings'
import { SearchSettingsGlobal } from '@/globals/SearchSettings'
import { Site } from '@/globals/Site'
import { jobsConfig } from '@/jobs/config'
import { loggerConfig } from '@/lib/logger'
import { richTextEditor } from '@/lib/rich-text-editor'
import { resolveSecret } from '@/lib/secret'
import { searchEndpoint } from '@/search/http/endpoint'

// import.meta.dirname is undefined inside Next's server bundle.
const dirname = path.dirname(fileURLToPath(import.meta.url))

// Every collection, Payload's own included, gets the list cap once the config is sanitised.
export default withApiLimits(
  buildConfig({
    serverURL: process.env.SERVER_URL || undefined,
    secret: resolveSecret(),
    admin: {
      user: Users.slug,
      importMap: { baseDir: path.resolve(dirname, 'src') },
      meta: { titleSuffix: ' — Quản trị nội dung' },
      dateFormat: 'dd/MM/yyyy HH:mm',
      // Exhausted search-index jobs or an engine that does not answer (search/sync/status.ts).
      components: {
        beforeDashboard: ['/components/admin/SearchSyncNotice#SearchSyncNotice'],
        afterNavLinks: ['/components/admin/readership/ReadershipNavLink#ReadershipNavLink'],
        // Readership figures for editors and admins (issue 12 §6).
        views: {
          readership: {
            Component: '/components/admin/readership/ReadershipView#ReadershipView',
            path: '/thong-ke',
          },
        },
      },
    },
    i18n: {
      supportedLanguages: { vi, en },
      fallbackLanguage: 'vi',
    },
    collections: [
      Articles,
      Media,
      Categories,
      Tags,
      Authors,
      Topics,
      ScheduleEntries,
      Leaders,
      Comments,
      Questions,
      Users,
      Redirects,
      ContentChanges,
      AuditLog,
      PageViews,
      FormTokenUses,
    ],
    globals: [Site, SearchSettingsGlobal, FeedbackSettings],
    endpoints: [searchEndpoint],
    editor: richTextEditor,
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
    hooks: { afterError: [translateLimitErrors] },
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
)
