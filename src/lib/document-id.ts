/**
 * Whether a value has the shape of a document id in this portal's databases: a UUID on SQLite
 * (src/db/adapter.ts sets `idType: 'uuid'`) or a 24-hex ObjectId on MongoDB, the production
 * database. Routes that take an id from a reader (a comment's article, /hoi-dap/<id>) check the
 * shape first, so junk costs no query; checking for UUIDs alone made every such id a 404 on MongoDB.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const OBJECT_ID = /^[0-9a-f]{24}$/i

export const isDocumentId = (value: unknown): value is string =>
  typeof value === 'string' && (UUID.test(value) || OBJECT_ID.test(value))
