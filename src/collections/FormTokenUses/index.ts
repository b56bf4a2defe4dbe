import type { CollectionConfig } from 'payload'

export const FORM_TOKEN_USES_SLUG = 'form-token-uses'

/**
 * Single use of the readers' form tokens (src/feedback/form-token.ts): each accepted token's
 * nonce is inserted here under a unique index until the token would have expired anyway. The
 * database, not process memory, remembers them, so a token replayed to another server process
 * (several web processes, or after a restart) is refused as well. Internal: no API, no admin.
 */
export const FormTokenUses: CollectionConfig<'form-token-uses'> = {
  slug: FORM_TOKEN_USES_SLUG,
  labels: { singular: 'Mã biểu mẫu đã dùng', plural: 'Mã biểu mẫu đã dùng' },
  admin: { hidden: true },
  // Internal: no GraphQL type at all (REST answers 403 to everyone).
  graphQL: false,
  access: {
    read: () => false,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'nonce', type: 'text', required: true, unique: true, index: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
