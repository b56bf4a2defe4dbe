import type { CollectionAfterReadHook, CollectionBeforeValidateHook } from 'payload'

import { stripInvisibleFormatting } from './invisible-formatting'

/**
 * Every write of a reader's post, whoever makes it (the form route, a moderator over REST,
 * GraphQL or the admin, a script on the Local API), loses the invisible formatting characters
 * that could reorder what moderators and readers see (invisible-formatting.ts). Before
 * validation, so the length limits count what is stored.
 *
 * Posts stored before this rule existed still hold such characters. A save that does not send
 * the text (the admin's bulk "Chỉnh sửa" of the status, a REST PATCH of `status` alone) cleans
 * the stored text too, and every read shows it cleaned, so what an editor moderates in the
 * admin is what the site shows.
 */
export function stripFormattingOf(fields: readonly string[]): CollectionBeforeValidateHook {
  return ({ data, operation, originalDoc }) => {
    if (!data) return data
    const cleaned: Record<string, unknown> = { ...data }
    for (const field of fields) {
      const value = cleaned[field]
      if (typeof value === 'string') cleaned[field] = stripInvisibleFormatting(value)
      else if (value === undefined && operation === 'update') {
        // Written back even when it looks clean: the document handed here may already have
        // been read through stripFormattingOnRead, while the row still holds the characters.
        const stored = (originalDoc as Record<string, unknown> | undefined)?.[field]
        if (typeof stored === 'string') cleaned[field] = stripInvisibleFormatting(stored)
      }
    }
    return cleaned
  }
}

/** The same fields as every reader of the API and the admin gets them: without the characters. */
export function stripFormattingOnRead(fields: readonly string[]): CollectionAfterReadHook {
  return ({ doc }) => {
    const record = doc as Record<string, unknown>
    if (!fields.some((f) => typeof record[f] === 'string')) return doc
    const cleaned: Record<string, unknown> = { ...record }
    for (const field of fields) {
      const value = cleaned[field]
      if (typeof value === 'string') cleaned[field] = stripInvisibleFormatting(value)
    }
    return cleaned
  }
}
