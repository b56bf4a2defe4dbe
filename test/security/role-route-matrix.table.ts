/**
 * The allowed set of the role × route matrix (role-route-matrix.test.ts): for every collection and
 * global, every operation, what an anonymous visitor, a reporter, an editor, an approver and an
 * admin get.
 * Derived from the README's roles table and DESIGN.md's security principles, not from the access
 * functions: where the code disagrees, the cell says what the design requires and KNOWN_GAPS
 * names the disagreement. A collection, global or GraphQL field missing here fails the suite, so
 * new API surface has to be placed in this table first.
 *
 * Cells, in role order `anonymous reporter editor approver admin`:
 *   A allowed: every document
 *   F filtered: only part (see `means`), e.g. published articles, media a published article uses
 *   O own: only the caller's own documents (own drafts, own profile, own preferences)
 *   D denied: 401/403 (or 404 by id), no data, nothing changed
 *   N no such route: the operation does not exist for this collection (answers 403/404, no data)
 */
export const MATRIX_ROLES = ['anonymous', 'reporter', 'editor', 'approver', 'admin'] as const
export type MatrixRole = (typeof MATRIX_ROLES)[number]
export type StaffRole = Exclude<MatrixRole, 'anonymous'>

export const COLLECTION_OPS = [
  'find',
  'findByID',
  'count',
  'create',
  'update',
  'delete',
  'versions',
] as const
export type CollectionOp = (typeof COLLECTION_OPS)[number]
export const GLOBAL_OPS = ['read', 'update'] as const
export type GlobalOp = (typeof GLOBAL_OPS)[number]

export type Cell = 'A' | 'F' | 'O' | 'D' | 'N'

interface CollectionRow {
  /** GraphQL singular and plural names, or null when the collection has no GraphQL API. */
  gql: readonly [singular: string, plural: string] | null
  /** What F and O restrict to. */
  means?: string
  ops: Record<CollectionOp, string>
}

const ALL_DENIED: Record<CollectionOp, string> = {
  find: 'D D D D D',
  findByID: 'D D D D D',
  count: 'D D D D D',
  create: 'D D D D D',
  update: 'D D D D D',
  delete: 'D D D D D',
  versions: 'N N N N N',
}

export const COLLECTIONS: Record<string, CollectionRow> = {
  articles: {
    gql: ['Article', 'Articles'],
    means:
      'anonymous: published only, without staff fields (createdBy, stage, stageHistory, lastEditedBy, firstPublishedAt, ' +
      'mediaRefs, import) and never a pending draft; royalty lines (royalties) for editors, ' +
      'approvers and admins only; reporter: published plus own, creates drafts ' +
      'only, edits own drafts that were never published, never publishes, sees versions of own; ' +
      'editor: never publishes (the approver does, from "Chờ duyệt đăng") and deletes only ' +
      'articles that are not published (a live piece comes down by "Gỡ bài", with a reason)',
    ops: {
      find: 'F F A A A',
      findByID: 'F F A A A',
      count: 'F F A A A',
      create: 'D F A A A',
      update: 'D O A A A',
      delete: 'D D F A A',
      versions: 'D O A A A',
    },
  },
  media: {
    gql: ['Media', 'allMedia'],
    means:
      'anonymous: only media a published article or the site settings use, without createdBy; ' +
      'reporter: changes own uploads only while nothing published uses them',
    ops: {
      find: 'F A A A A',
      findByID: 'F A A A A',
      count: 'F A A A A',
      create: 'D A A A A',
      update: 'D O A A A',
      delete: 'D O A A A',
      versions: 'N N N N N',
    },
  },
  categories: {
    gql: ['Category', 'Categories'],
    ops: {
      find: 'A A A A A',
      findByID: 'A A A A A',
      count: 'A A A A A',
      create: 'D D A A A',
      update: 'D D A A A',
      delete: 'D D A A A',
      versions: 'N N N N N',
    },
  },
  tags: {
    gql: ['Tag', 'Tags'],
    means: 'anonymous: only tags a published article uses (as their pages and sitemap entries)',
    ops: {
      find: 'F A A A A',
      findByID: 'F A A A A',
      count: 'F A A A A',
      create: 'D D A A A',
      update: 'D D A A A',
      delete: 'D D A A A',
      versions: 'N N N N N',
    },
  },
  authors: {
    gql: ['Author', 'Authors'],
    means:
      'anonymous: only authors a published article credits (as their pages and sitemap entries)',
    ops: {
      find: 'F A A A A',
      findByID: 'F A A A A',
      count: 'F A A A A',
      create: 'D D A A A',
      update: 'D D A A A',
      delete: 'D D A A A',
      versions: 'N N N N N',
    },
  },
  'schedule-entries': {
    gql: ['ScheduleEntry', 'ScheduleEntries'],
    means:
      'anonymous: published entries only, without internal notes, never an unpublished edit; ' +
      'reporter: reads everything, drafts included, and writes nothing',
    ops: {
      find: 'F A A A A',
      findByID: 'F A A A A',
      count: 'F A A A A',
      create: 'D D A A A',
      update: 'D D A A A',
      delete: 'D D A A A',
      versions: 'D A A A A',
    },
  },
  leaders: {
    gql: ['Leader', 'Leaders'],
    means: 'anonymous: published leaders only; reporter: reads everything and writes nothing',
    ops: {
      find: 'F A A A A',
      findByID: 'F A A A A',
      count: 'F A A A A',
      create: 'D D A A A',
      update: 'D D A A A',
      delete: 'D D A A A',
      versions: 'D A A A A',
    },
  },
  topics: {
    gql: ['Topic', 'Topics'],
    means:
      'anonymous: published topics only, never an unpublished edit; reporter: reads everything, ' +
      'drafts included, and writes nothing',
    ops: {
      find: 'F A A A A',
      findByID: 'F A A A A',
      count: 'F A A A A',
      create: 'D D A A A',
      update: 'D D A A A',
      delete: 'D D A A A',
      versions: 'D A A A A',
    },
  },
  // Standing pages (issue 12 §1): editors write drafts, approvers and admins publish (the live
  // page and unpublishing are theirs too: test/int/collections/Pages/pages.test.ts).
  pages: {
    gql: ['Page', 'Pages'],
    means:
      'anonymous: published pages only, never an unpublished edit, without createdBy, mediaRefs, ' +
      'leaderRefs, allLeaders; reporter: reads everything, drafts included, and writes nothing; ' +
      'editor: writes drafts, deletes unpublished pages, never publishes',
    ops: {
      find: 'F A A A A',
      findByID: 'F A A A A',
      count: 'F A A A A',
      create: 'D D A A A',
      update: 'D D A A A',
      delete: 'D D A A A',
      versions: 'D A A A A',
    },
  },
  units: {
    gql: ['Unit', 'Units'],
    means: 'anonymous: published units only; reporter: reads everything and writes nothing',
    ops: {
      find: 'F A A A A',
      findByID: 'F A A A A',
      count: 'F A A A A',
      create: 'D D A A A',
      update: 'D D A A A',
      delete: 'D D A A A',
      versions: 'D A A A A',
    },
  },
  users: {
    gql: ['User', 'Users'],
    means: 'reporter, editor: only their own record, and never their own roles',
    ops: {
      find: 'D O O O A',
      findByID: 'D O O O A',
      count: 'D O O O A',
      create: 'D D D D A',
      update: 'D O O O A',
      delete: 'D D D D A',
      versions: 'N N N N N',
    },
  },
  // Internal notes on articles (issue 11 §2): staff only, never public. Reporters read the notes
  // on their own pieces (and their own notes) and write only on pieces they may read; editors
  // and approvers read those of the articles they may read; everyone changes only their own.
  'editorial-notes': {
    gql: ['EditorialNote', 'EditorialNotes'],
    means:
      'reporter: notes on their own pieces and their own notes, writes only on pieces they may ' +
      'read; editor, approver: change and delete only their own notes',
    ops: {
      find: 'D F A A A',
      findByID: 'D F A A A',
      count: 'D F A A A',
      create: 'D F A A A',
      update: 'D O O O A',
      delete: 'D O O O A',
      versions: 'N N N N N',
    },
  },
  // In-admin notices (issue 11 §2): everyone, admins included, sees and clears only their own;
  // only the article hooks write them.
  notifications: {
    gql: ['Notification', 'Notifications'],
    means: 'every signed-in user reads, marks read and deletes only their own notices',
    ops: {
      find: 'D O O O O',
      findByID: 'D O O O O',
      count: 'D O O O O',
      create: 'D D D D D',
      update: 'D O O O O',
      delete: 'D O O O O',
      versions: 'N N N N N',
    },
  },
  redirects: {
    gql: ['Redirect', 'Redirects'],
    ops: {
      find: 'D D A A A',
      findByID: 'D D A A A',
      count: 'D D A A A',
      create: 'D D A A A',
      update: 'D D A A A',
      delete: 'D D A A A',
      versions: 'N N N N N',
    },
  },
  'payload-preferences': {
    gql: ['PayloadPreference', 'PayloadPreferences'],
    means: 'every signed-in user, admins included, reads and writes only their own preferences',
    ops: {
      find: 'D O O O O',
      findByID: 'D O O O O',
      count: 'D O O O O',
      create: 'D O O O O',
      update: 'D O O O O',
      delete: 'D O O O O',
      versions: 'N N N N N',
    },
  },
  // Payload's admin reads and takes over locks ("being edited by …") with the caller's own
  // access: a lock shows who works on what, so only those who may edit the document see it,
  // named, never by e-mail (SECURITY.md); the admin takes locks in server code, not the API.
  'payload-locked-documents': {
    gql: ['PayloadLockedDocument', 'PayloadLockedDocuments'],
    means:
      'a lock is read, taken over (to oneself only) and released by its holder and by whoever may ' +
      'edit the locked document or global; the holder shows by name, never by e-mail; created ' +
      'over the API by admins only',
    ops: {
      find: 'D F F F A',
      findByID: 'D F F F A',
      count: 'D F F F A',
      create: 'D D D D A',
      update: 'D F F F A',
      delete: 'D F F F A',
      versions: 'N N N N N',
    },
  },
  // The job queue is internal: jobs are run by the server, never read or written over the API.
  'payload-jobs': { gql: ['PayloadJob', 'PayloadJobs'], ops: ALL_DENIED },
  'payload-kv': { gql: ['PayloadKv', 'PayloadKvs'], ops: ALL_DENIED },
  // Cross-process cache invalidation rows: written by hooks only, closed to every API.
  'content-changes': { gql: ['ContentChange', 'ContentChanges'], ops: ALL_DENIED },
  // The audit trail (issue 11 §3): admins read it; nobody writes it over any API, admins included.
  'audit-log': {
    gql: ['AuditLog', 'AuditLogs'],
    ops: {
      find: 'D D D D A',
      findByID: 'D D D D A',
      count: 'D D D D A',
      create: 'D D D D D',
      update: 'D D D D D',
      delete: 'D D D D D',
      versions: 'N N N N N',
    },
  },
  // Readership counters (issue 12 §6): editors and admins read them; only the server's view
  // counter writes them (atomic increments), never anyone over an API, admins included.
  'page-views': {
    gql: ['PageView', 'PageViews'],
    ops: {
      find: 'D D A A A',
      findByID: 'D D A A A',
      count: 'D D A A A',
      create: 'D D D D D',
      update: 'D D D D D',
      delete: 'D D D D D',
      versions: 'N N N N N',
    },
  },
  // Readers' comments and questions (issue 12 §5): editors, approvers and admins read and
  // moderate them; reporters and the public get nothing through any API (the site shows
  // approved ones through its own query of public fields). Nobody creates them over the API:
  // readers use the plain forms (/gui-y-kien, /gui-cau-hoi), which check token and honeypot.
  comments: {
    gql: ['Comment', 'Comments'],
    ops: {
      find: 'D D A A A',
      findByID: 'D D A A A',
      count: 'D D A A A',
      create: 'D D D D D',
      update: 'D D A A A',
      delete: 'D D A A A',
      versions: 'N N N N N',
    },
  },
  questions: {
    gql: ['Question', 'Questions'],
    ops: {
      find: 'D D A A A',
      findByID: 'D D A A A',
      count: 'D D A A A',
      create: 'D D D D D',
      update: 'D D A A A',
      delete: 'D D A A A',
      versions: 'N N N N N',
    },
  },
  // Single use of the readers' form tokens: written by the form route only, closed to every API.
  'form-token-uses': { gql: null, ops: ALL_DENIED },
  'payload-migrations': {
    gql: null,
    ops: {
      find: 'N N N N N',
      findByID: 'N N N N N',
      count: 'N N N N N',
      create: 'N N N N N',
      update: 'N N N N N',
      delete: 'N N N N N',
      versions: 'N N N N N',
    },
  },
}

interface GlobalRow {
  gql: string
  ops: Record<GlobalOp, string>
}

export const GLOBALS: Record<string, GlobalRow> = {
  site: { gql: 'Site', ops: { read: 'A A A A A', update: 'D D D D A' } },
  // The header and footer menus: public, arranged by editors.
  navigation: { gql: 'Navigation', ops: { read: 'A A A A A', update: 'D D A A A' } },
  'search-settings': { gql: 'SearchSetting', ops: { read: 'A A A A A', update: 'D D A A A' } },
  // The royalty table (issue 11 §4): editors and approvers read it to fill royalty lines; admins
  // set it; royalty data is closed to readers and reporters.
  'royalty-settings': { gql: 'RoyaltySetting', ops: { read: 'D D A A A', update: 'D D D D A' } },
  // Closing comments, banned words (never public, so spammers cannot read the list).
  'feedback-settings': {
    gql: 'FeedbackSetting',
    ops: { read: 'D D A A A', update: 'D D A A A' },
  },
}

/**
 * GraphQL fields that are not a collection or global operation. Outcomes:
 * ok (answers for the caller), denied (error or null, nothing done).
 */
export const GRAPHQL_EXTRAS: Record<string, string> = {
  // The caller's own permissions. Anonymous callers get an error: Payload drops the false
  // canAccessAdmin that its schema declares non-null. Nothing leaks either way.
  Access: 'D A A A A',
  meUser: 'A A A A A', // null for anonymous, the caller otherwise
  initializedUser: 'A A A A A',
  loginUser: 'A A A A A', // with the right password
  logoutUser: 'D A A A A',
  refreshTokenUser: 'D A A A A',
  forgotPasswordUser: 'A A A A A', // same answer for unknown addresses
  resetPasswordUser: 'D D D D D', // without a valid reset token
  verifyEmailUser: 'D D D D D', // without a valid verification token
  unlockUser: 'D D D D A',
}

/** REST routes beside the collection operations (auth and job endpoints). */
export const REST_EXTRAS: Record<string, string> = {
  'GET /api/users/me': 'A A A A A',
  'GET /api/access': 'A A A A A',
  'POST /api/users/first-register': 'D D D D D', // an admin exists
  'POST /api/users/unlock': 'D D D D A',
  'GET /api/payload-jobs/run': 'D D A A A',
  'GET /api/search': 'A A A A A', // published articles only, for everyone
  'GET /api/royalties/report': 'D D A A A', // the monthly royalty report (issue 11 §4)
  // An edit view opened again cancels its holder's own pending lock releases; staff only.
  'POST /api/locks/reopened': 'D A A A A',
  // Finishing a take-over of someone else's draft: whoever may edit it (not another reporter).
  'POST /api/locks/taken-over': 'D D A A A',
  // The stage field's offer (a new article here: no id); staff only.
  'GET /api/articles/stage-choices': 'D A A A A',
}

/**
 * Cells where the code disagrees with the design: the test stays red-by-design (`it.fails`)
 * until the lead fixes the access rule; then it.fails turns red and the entry goes.
 * Keys: `rest:<slug>:<op>:<role>` or `gql:<field>:<role>`.
 */
export const KNOWN_GAPS: Record<string, string> = {}

/** One role's entry in a row such as 'D F A A A' or '307 200 200 200 200'. */
export function entryOf(row: string, role: MatrixRole): string {
  const cells = row.trim().split(/\s+/)
  if (cells.length !== MATRIX_ROLES.length) throw new Error(`bad matrix row: ${row}`)
  return cells[MATRIX_ROLES.indexOf(role)] as string
}

/** The cell of one role in a row such as 'D F A A A'. */
export function cellOf(row: string, role: MatrixRole): Cell {
  const cell = entryOf(row, role)
  if (cell !== 'A' && cell !== 'F' && cell !== 'O' && cell !== 'D' && cell !== 'N')
    throw new Error(`bad matrix cell in ${row}`)
  return cell
}

/** Slugs and names the site routes are built from (made by the matrix fixtures). */
export interface SiteSlugs {
  published: string
  pending: string
  draft: string
  category: string
  publishedTag: string
  draftTag: string
  publishedAuthor: string
  draftAuthor: string
  publishedCredit: string
  draftCredit: string
  publishedLeader: string
  draftLeader: string
  publishedTopic: string
  draftTopic: string
  publishedPage: string
  draftPage: string
  secret: string
}

/**
 * Public routes and the status each role gets, signed in with the `payload-token` cookie but
 * without draft mode. No page ever shows a draft's title or an unpublished change to anyone here;
 * drafts are seen only through /xem-truoc (checked separately).
 */
export const SITE_ROUTES: Array<{ path: (s: SiteSlugs) => string; status: string }> = [
  { path: () => '/', status: '200 200 200 200 200' },
  { path: (s) => `/chuyen-muc/${s.category}`, status: '200 200 200 200 200' },
  { path: (s) => `/chuyen-muc/${s.category}/rss.xml`, status: '200 200 200 200 200' },
  { path: (s) => `/bai-viet/${s.published}`, status: '200 200 200 200 200' },
  { path: (s) => `/bai-viet/${s.pending}`, status: '200 200 200 200 200' },
  { path: (s) => `/bai-viet/${s.draft}`, status: '404 404 404 404 404' },
  { path: (s) => `/in/${s.published}`, status: '200 200 200 200 200' },
  { path: (s) => `/in/${s.draft}`, status: '404 404 404 404 404' },
  { path: (s) => `/the/${s.publishedTag}`, status: '200 200 200 200 200' },
  { path: (s) => `/the/${s.draftTag}`, status: '404 404 404 404 404' },
  { path: (s) => `/tac-gia/${s.publishedAuthor}`, status: '200 200 200 200 200' },
  { path: (s) => `/tac-gia/${s.draftAuthor}`, status: '404 404 404 404 404' },
  { path: (s) => `/anh/${s.publishedCredit}`, status: '200 200 200 200 200' },
  { path: (s) => `/anh/${s.draftCredit}`, status: '404 404 404 404 404' },
  { path: (s) => `/chuyen-de/${s.publishedTopic}`, status: '200 200 200 200 200' },
  { path: (s) => `/chuyen-de/${s.draftTopic}`, status: '404 404 404 404 404' },
  { path: (s) => `/gioi-thieu/${s.publishedPage}`, status: '200 200 200 200 200' },
  { path: (s) => `/gioi-thieu/${s.publishedPage}/${s.draftPage}`, status: '404 404 404 404 404' },
  { path: (s) => `/gioi-thieu/${s.draftPage}`, status: '404 404 404 404 404' },
  // The English section: its home, a published page without English (the English notice, 200)
  // and a draft page, which has no English address at all.
  { path: () => '/en', status: '200 200 200 200 200' },
  { path: (s) => `/en/${s.publishedPage}`, status: '200 200 200 200 200' },
  { path: (s) => `/en/${s.draftPage}`, status: '404 404 404 404 404' },
  { path: () => '/van-ban', status: '200 200 200 200 200' },
  { path: () => '/hoi-dap', status: '200 200 200 200 200' },
  { path: () => '/lich-cong-tac', status: '200 200 200 200 200' },
  { path: () => '/lich-cong-tac?in=1', status: '200 200 200 200 200' },
  { path: () => '/lich-cong-tac.ics', status: '200 200 200 200 200' },
  { path: (s) => `/lich-cong-tac/${s.publishedLeader}.ics`, status: '200 200 200 200 200' },
  { path: (s) => `/lich-cong-tac/${s.draftLeader}.ics`, status: '404 404 404 404 404' },
  { path: (s) => `/tim-kiem?q=${encodeURIComponent(s.secret)}`, status: '200 200 200 200 200' },
  { path: () => '/rss.xml', status: '200 200 200 200 200' },
  { path: () => '/sitemap.xml', status: '200 200 200 200 200' },
  { path: () => '/sitemap-news.xml', status: '200 200 200 200 200' },
  { path: () => '/robots.txt', status: '200 200 200 200 200' },
  // Anonymous visitors are sent to the sign-in screen ('login'); staff get the admin.
  { path: () => '/admin', status: 'login 200 200 200 200' },
]

/**
 * `/xem-truoc?slug=` then the article page with the draft-mode cookie: what each role sees of
 * the matrix reporter's draft and of another reporter's. 'login' = sent to the sign-in screen, 'draft' = the draft's page, 404 = no page.
 */
export const PREVIEW: Record<'reporterDraft' | 'otherReportersDraft', string> = {
  reporterDraft: 'login draft draft draft draft',
  otherReportersDraft: 'login 404 draft draft draft',
}
