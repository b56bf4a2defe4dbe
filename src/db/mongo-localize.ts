import type { Payload } from 'payload'

/**
 * MongoDB keeps a localised field as `{ vi: …, en: … }` in the document itself. Pages, leaders,
 * units and the site settings made some fields localised (issue 12 §2); documents written before
 * hold the plain value there, which Payload would no longer read. This wraps each such value as
 * the Vietnamese one (`title: "Giới thiệu"` → `title: { vi: "Giới thiệu" }`), in the documents
 * and in their versions, at start (src/db/backfill-on-mongo.ts). A value already wrapped is
 * left alone, so it runs once in effect and is safe to run again. SQLite does the same in its
 * migration (src/migrations/sqlite/*_english.ts).
 *
 * Verified here: the update pipelines (unit test). Not verified here: a run against a MongoDB
 * server (none on this machine); `DATABASE_URI=mongodb://… npx vitest run test/int/…` runs the
 * integration suites against one.
 */
type Kind = 'text' | 'blocks' | 'richText'

/** The fields made localised, by collection (dotted paths inside groups). */
export const LOCALIZED_FIELDS: Record<'pages' | 'leaders' | 'units', Record<string, Kind>> = {
  pages: { title: 'text', description: 'text', layout: 'blocks' },
  leaders: { position: 'text', biography: 'richText' },
  units: { name: 'text', 'head.position': 'text', description: 'text', 'contact.address': 'text' },
}

export const LOCALIZED_SITE_FIELDS: Record<string, Kind> = {
  name: 'text',
  shortName: 'text',
  tagline: 'text',
  'contact.address': 'text',
  'contact.hours': 'text',
  'contact.responsible': 'text',
  'contact.license': 'text',
  footer: 'text',
}

/** Matches a document whose field still holds a plain (not yet localised) value. */
export function plainValueFilter(path: string, kind: Kind): Record<string, unknown> {
  if (kind === 'text') return { [path]: { $type: 'string' } }
  if (kind === 'blocks') return { [path]: { $type: 'array' } }
  return { [`${path}.root`]: { $exists: true } }
}

/** One update per field: a filter and the pipeline that wraps the value as Vietnamese. */
export function localizeUpdates(
  fields: Record<string, Kind>,
  prefix = '',
): Array<{ filter: Record<string, unknown>; pipeline: Array<Record<string, unknown>> }> {
  return Object.entries(fields).map(([field, kind]) => {
    const path = `${prefix}${field}`
    return {
      filter: plainValueFilter(path, kind),
      pipeline: [{ $set: { [path]: { vi: `$${path}` } } }],
    }
  })
}

interface UpdateModel {
  updateMany: (
    filter: Record<string, unknown>,
    update: Array<Record<string, unknown>>,
  ) => Promise<{ modifiedCount?: number }>
}

interface MongoModels {
  collections: Record<string, UpdateModel | undefined>
  versions: Record<string, UpdateModel | undefined>
  globals: UpdateModel
}

/** Wraps every plain value of the localised fields; returns how many documents changed. */
export async function localizeExistingOnMongo(payload: Payload): Promise<number> {
  const db = payload.db as unknown as MongoModels
  let changed = 0
  const run = async (
    model: UpdateModel | undefined,
    updates: ReturnType<typeof localizeUpdates>,
    scope = {},
  ) => {
    if (!model) return
    for (const { filter, pipeline } of updates) {
      const result = await model.updateMany({ ...scope, ...filter }, pipeline)
      changed += result.modifiedCount ?? 0
    }
  }
  for (const [slug, fields] of Object.entries(LOCALIZED_FIELDS)) {
    await run(db.collections[slug], localizeUpdates(fields))
    await run(db.versions[slug], localizeUpdates(fields, 'version.'))
  }
  await run(db.globals, localizeUpdates(LOCALIZED_SITE_FIELDS), { globalType: 'site' })
  return changed
}
