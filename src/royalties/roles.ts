/**
 * The roles a person plays in a piece, for royalty lines (nhuận bút), with the Vietnamese labels
 * editors, the report and its files show. One table so the article field, the settings' rate
 * table and the report agree.
 */
export const ROYALTY_ROLES = {
  writing: 'Viết',
  photo: 'Ảnh',
  editing: 'Biên tập',
  translation: 'Dịch',
} as const

export type RoyaltyRole = keyof typeof ROYALTY_ROLES

export const ROYALTY_ROLE_OPTIONS = Object.entries(ROYALTY_ROLES).map(([value, label]) => ({
  value,
  label,
}))

export const isRoyaltyRole = (value: unknown): value is RoyaltyRole =>
  typeof value === 'string' && Object.hasOwn(ROYALTY_ROLES, value)

export const royaltyRoleLabel = (value: unknown): string =>
  isRoyaltyRole(value) ? ROYALTY_ROLES[value] : String(value ?? '')
