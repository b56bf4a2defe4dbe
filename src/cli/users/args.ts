import { parseArgs } from 'node:util'

import { passwordProblem } from '@/lib/password'

import { UsersCliError } from './errors'
import { userRoles } from './roles'

export type UsersArgs =
  | { action: 'create'; email: string; roles: string[]; password?: string; name?: string }
  | { action: 'reset-password'; email: string; password?: string }
  | { action: 'delete'; email: string }
  | { action: 'list' }
  | { action: 'help' }

export function usersUsage(): string {
  const roles = userRoles()
    .map((r) => r.value)
    .join('|')
  return [
    'Usage:',
    `  npm run cms -- users create --email E --role ${roles} [--role …] [--name N] [--password P]`,
    '  (several roles: repeat --role or separate them with commas, e.g. --role editor,approver)',
    '  npm run cms -- users reset-password --email E [--password P]',
    '  npm run cms -- users delete --email E',
    '  npm run cms -- users list',
    '',
    'Without --password a random password is made and printed once (preferred: a password typed',
    'on the command line stays in the shell history).',
  ].join('\n')
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function email(value: string | undefined): string {
  if (!value) throw new UsersCliError('Thiếu --email.', 2)
  const normalized = value.trim().toLowerCase()
  if (!EMAIL.test(normalized)) throw new UsersCliError(`E-mail không hợp lệ: "${value}".`, 2)
  return normalized
}

function password(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const problem = passwordProblem(value)
  if (problem) throw new UsersCliError(problem, 2)
  return value
}

/** `--role a --role b` or `--role a,b`: each checked, duplicates dropped, order kept. */
function roleList(values: string[] | undefined): string[] {
  const roles = userRoles().map((r) => r.value)
  const given = (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean)
  if (given.length === 0) throw new UsersCliError(`Thiếu --role (${roles.join(', ')}).`, 2)
  for (const value of given)
    if (!roles.includes(value))
      throw new UsersCliError(
        `Vai trò không hợp lệ: "${value}". Chọn một trong: ${roles.join(', ')}.`,
        2,
      )
  return [...new Set(given)]
}

/** Validates everything that can be checked without the database. */
export function parseUsersArgs(argv: string[]): UsersArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        email: { type: 'string' },
        role: { type: 'string', multiple: true },
        name: { type: 'string' },
        password: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    throw new UsersCliError(error instanceof Error ? error.message : String(error), 2)
  }
  const { values, positionals } = parsed
  const [action, ...extra] = positionals
  if (values.help || !action) return { action: 'help' }
  if (extra.length > 0) throw new UsersCliError(`Thừa tham số: ${extra.join(' ')}`, 2)
  switch (action) {
    case 'create':
      return {
        action,
        email: email(values.email),
        roles: roleList(values.role),
        password: password(values.password),
        name: values.name?.trim() || undefined,
      }
    case 'reset-password':
      return { action, email: email(values.email), password: password(values.password) }
    case 'delete':
      return { action, email: email(values.email) }
    case 'list':
      return { action }
    default:
      throw new UsersCliError(`Lệnh không hợp lệ: "users ${action}".`, 2)
  }
}
