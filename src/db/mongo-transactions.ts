import type { Payload } from 'payload'

/*
 * The index job is queued in the same transaction as the save only when the database has
 * transactions. Payload's MongoDB adapter uses them only when the connection names a replica set
 * (`?replicaSet=…` in DATABASE_URI, or an SRV record that does); on a standalone server, or a
 * replica set reached without that option, every save commits on its own, and a crash between
 * the save and the queue insert loses the job. Reconciliation (search/sync/reconcile.ts) repairs
 * that within its interval; this warns at start so production runs a replica set (a single-node
 * one is enough).
 */

/** The parts of MongoDB's `hello` reply that say whether the server can run transactions. */
export interface HelloReply {
  setName?: unknown
  msg?: unknown
}

/** Null when transactions are on; otherwise the English warning to log. */
export function transactionWarning(
  hello: HelloReply | null,
  adapterUsesTransactions: boolean,
): string | null {
  if (adapterUsesTransactions) return null
  const base =
    'MongoDB runs without transactions: a save and its search-index job are not atomic, so a ' +
    'crash can lose the job; periodic search reconciliation (SEARCH_RECONCILE_MINUTES) repairs the index.'
  if (hello && typeof hello.setName === 'string')
    return `${base} The server is replica set "${hello.setName}": add ?replicaSet=${hello.setName} to DATABASE_URI.`
  if (hello && hello.msg === 'isdbgrid')
    return `${base} The server is a mongos router: check the connection options of DATABASE_URI.`
  return `${base} Run MongoDB as a replica set (a single-node one is enough: mongod --replSet rs0, then rs.initiate()) and add ?replicaSet=rs0 to DATABASE_URI.`
}

interface MongoAdapterLike {
  transactionOptions?: unknown
  connection?: { db?: { admin(): { command(cmd: Record<string, unknown>): Promise<HelloReply> } } }
}

/** Logs the warning when the MongoDB adapter runs without transactions. Never throws. */
export async function warnIfMongoWithoutTransactions(payload: Payload): Promise<void> {
  const db = payload.db as unknown as MongoAdapterLike
  const usesTransactions = db.transactionOptions !== false
  let hello: HelloReply | null = null
  try {
    hello = (await db.connection?.db?.admin().command({ hello: 1 })) ?? null
  } catch (error) {
    payload.logger.debug({ err: error }, 'MongoDB hello failed')
  }
  const warning = transactionWarning(hello, usesTransactions)
  if (warning) payload.logger.warn(warning)
}
