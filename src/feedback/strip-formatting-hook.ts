import type { CollectionBeforeValidateHook } from 'payload'

import { stripInvisibleFormatting } from './invisible-formatting'

/**
 * Every write of a reader's post, whoever makes it (the form route, a moderator over REST,
 * GraphQL or the admin, a script on the Local API), loses the invisible formatting characters
 * that could reorder what moderators and readers see (invisible-formatting.ts). Before
 * validation, so the length limits count what is stored.
 */
export function stripFormattingOf(fields: readonly string[]): CollectionBeforeValidateHook {
  return ({ data }) => {
    if (!data) return data
    const cleaned: Record<string, unknown> = { ...data }
    for (const field of fields) {
      const value = cleaned[field]
      if (typeof value === 'string') cleaned[field] = stripInvisibleFormatting(value)
    }
    return cleaned
  }
}
