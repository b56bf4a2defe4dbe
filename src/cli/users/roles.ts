import type { Field, SelectField } from 'payload'

import { Users } from '@/collections/Users'

const isRolesField = (field: Field): field is SelectField =>
  field.type === 'select' && 'name' in field && field.name === 'roles'

/**
 * The roles an account may have, read from the Users collection's `roles` field so the CLI
 * accepts exactly what the admin offers (a role added there is accepted here without a change).
 */
export function userRoles(): Array<{ value: string; label: string }> {
  const field = Users.fields.find(isRolesField)
  if (!field) throw new Error('The users collection has no "roles" select field')
  return field.options.map((option) =>
    typeof option === 'string'
      ? { value: option, label: option }
      : {
          value: option.value,
          label: typeof option.label === 'string' ? option.label : option.value,
        },
  )
}
