/**
 * Releasing one's own document lock when leaving a document (./ReleaseLockOnLeave.tsx), and
 * putting that component, with ./KeepEditsOnTakeOver.tsx, on every collection and global that
 * locks (payload.config.ts).
 *
 * Why it is needed: Payload's admin releases a lock only from its "leave without saving?"
 * dialog, and that dialog is never shown for documents that autosave, as articles do. So a
 * reporter who typed in an article and went back to the desk (or closed the tab) kept the lock
 * for its full five minutes, and the next editor had to "take over". The release names the
 * caller as the holder (`user.value` = their id), so it can only ever remove their own lock:
 * whose lock anyone else may touch stays as src/access/locked-documents.ts says.
 */
import type { CollectionConfig, GlobalConfig } from 'payload'

/**
 * Marks the release a closing tab sends, which the server repeats a few seconds later
 * (src/hooks/release-again-after-close.ts).
 */
export const CLOSING_HEADER = 'x-lock-release-closing'

export const RELEASE_LOCK_COMPONENT =
  '/components/admin/locks/ReleaseLockOnLeave#ReleaseLockOnLeave'

/** Keeps what was typed while Payload's take-over reloads the form (./KeepEditsOnTakeOver.tsx). */
export const KEEP_EDITS_COMPONENT =
  '/components/admin/locks/KeepEditsOnTakeOver#KeepEditsOnTakeOver'

/** Finishes Payload's take-over on the server (./ClaimLockOnTakeOver.tsx). */
export const CLAIM_LOCK_COMPONENT =
  '/components/admin/locks/ClaimLockOnTakeOver#ClaimLockOnTakeOver'

export interface LockTarget {
  /** Payload's API route, e.g. `/api`. */
  api: string
  collectionSlug?: string
  globalSlug?: string
  id?: string | number | null
  userId: string | number
}

/** The REST call that deletes the caller's own lock on the document (`DELETE` it). */
export function releaseLockUrl(target: LockTarget): string | null {
  const clauses: Array<[string, string]> = []
  if (target.globalSlug) clauses.push(['globalSlug', target.globalSlug])
  else if (target.collectionSlug && target.id != null && target.id !== '')
    clauses.push(
      ['document.relationTo', target.collectionSlug],
      ['document.value', String(target.id)],
    )
  else return null
  clauses.push(['user.value', String(target.userId)])
  const query = new URLSearchParams()
  clauses.forEach(([field, value], i) => query.append(`where[and][${i}][${field}][equals]`, value))
  return `${target.api}/payload-locked-documents?${query.toString()}`
}

/**
 * The call an edit view makes when it opens (`POST` it): the server then drops the repeats of the
 * person's last closing release of this document, which would otherwise delete the lock the
 * reopened view takes (src/hooks/release-again-after-close.ts).
 */
export function reopenedUrl(target: Omit<LockTarget, 'userId'>): string | null {
  const query = new URLSearchParams()
  if (target.globalSlug) query.set('global', target.globalSlug)
  else if (target.collectionSlug && target.id != null && target.id !== '') {
    query.set('collection', target.collectionSlug)
    query.set('id', String(target.id))
  } else return null
  return `${target.api}/locks/reopened?${query.toString()}`
}

/**
 * The call an edit view makes right after its person took the document over from `from`
 * (`POST` it): the server makes the lock theirs even where Payload's own take-over found no lock
 * to re-assign (src/api/lock-taken-over.ts).
 */
export function takenOverUrl(target: Omit<LockTarget, 'userId'>, from: string): string | null {
  const reopened = reopenedUrl(target)
  if (!reopened || !from) return null
  const query = new URLSearchParams(reopened.slice(reopened.indexOf('?') + 1))
  query.set('from', from)
  return `${target.api}/locks/taken-over?${query.toString()}`
}

/**
 * Whether `pathname` is still the document's own page or one of its sub-views (versions, API),
 * where Payload keeps the lock too.
 */
export const isWithin = (pathname: string, documentPath: string): boolean =>
  pathname === documentPath || pathname.startsWith(`${documentPath}/`)

const locks = (config: { lockDocuments?: unknown }) => config.lockDocuments !== false

/** Adds the release to every collection that locks its documents. */
export function releaseLocksOnLeave(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => {
    if (!locks(collection)) return collection
    const admin = collection.admin ?? {}
    const edit = admin.components?.edit ?? {}
    return {
      ...collection,
      admin: {
        ...admin,
        components: {
          ...admin.components,
          edit: {
            ...edit,
            beforeDocumentControls: [
              ...(edit.beforeDocumentControls ?? []),
              RELEASE_LOCK_COMPONENT,
              KEEP_EDITS_COMPONENT,
              CLAIM_LOCK_COMPONENT,
            ],
          },
        },
      },
    }
  })
}

/** Adds the release to every global that locks. */
export function releaseGlobalLocksOnLeave(globals: GlobalConfig[]): GlobalConfig[] {
  return globals.map((global) => {
    if (!locks(global)) return global
    const admin = global.admin ?? {}
    const elements = admin.components?.elements ?? {}
    return {
      ...global,
      admin: {
        ...admin,
        components: {
          ...admin.components,
          elements: {
            ...elements,
            beforeDocumentControls: [
              ...(elements.beforeDocumentControls ?? []),
              RELEASE_LOCK_COMPONENT,
              KEEP_EDITS_COMPONENT,
              CLAIM_LOCK_COMPONENT,
            ],
          },
        },
      },
    }
  })
}
