import { APIError, type Payload } from 'payload'

import type { Role } from '@/access/roles'
import { randomPassword } from '@/lib/password'
import type { User } from '@/payload-types'

import { UsersCliError } from './errors'

/**
 * What `cms users` does to the users collection, through the Local API as the system (there is
 * no admin to act as when the first real one is being created). Output goes to stdout; a new
 * password is printed there once and never logged.
 */
async function findByEmail(payload: Payload, email: string): Promise<User | undefined> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]
}

async function existing(payload: Payload, email: string): Promise<User> {
  const user = await findByEmail(payload, email)
  if (!user) throw new UsersCliError(`Không có tài khoản nào với e-mail ${email}.`, 1)
  return user
}

export async function createUser(
  payload: Payload,
  args: { email: string; roles: string[]; password?: string; name?: string },
): Promise<void> {
  if (await findByEmail(payload, args.email))
    throw new UsersCliError(`Đã có tài khoản với e-mail ${args.email}.`, 1)
  const password = args.password ?? randomPassword()
  await payload.create({
    collection: 'users',
    // The roles were checked against the collection's own options before the database opened.
    data: { email: args.email, name: args.name, password, roles: args.roles as Role[] },
    overrideAccess: true,
  })
  console.log(`Đã tạo tài khoản ${args.email} (vai trò: ${args.roles.join(', ')}).`)
  if (!args.password) console.log(`Mật khẩu (chỉ in một lần): ${password}`)
}

export async function resetPassword(
  payload: Payload,
  args: { email: string; password?: string },
): Promise<void> {
  const user = await existing(payload, args.email)
  const password = args.password ?? randomPassword()
  // Payload ends every session of the account when its password changes; the lock goes too,
  // since an operator resetting a password often does so because the account got locked.
  await payload.update({
    collection: 'users',
    id: user.id,
    data: { password, loginAttempts: 0, lockUntil: null },
    overrideAccess: true,
  })
  console.log(`Đã đặt lại mật khẩu cho ${args.email}; các phiên đăng nhập cũ đã bị hủy.`)
  if (!args.password) console.log(`Mật khẩu mới (chỉ in một lần): ${password}`)
}

export async function deleteUser(payload: Payload, args: { email: string }): Promise<void> {
  const user = await existing(payload, args.email)
  try {
    await payload.delete({ collection: 'users', id: user.id, overrideAccess: true })
  } catch (error) {
    // The collection's own rules (e.g. never delete the last admin) speak Vietnamese already.
    if (error instanceof APIError && error.status < 500) throw new UsersCliError(error.message, 1)
    throw error
  }
  console.log(`Đã xóa tài khoản ${args.email}.`)
}

export async function listUsers(payload: Payload): Promise<void> {
  const { docs } = await payload.find({
    collection: 'users',
    sort: 'email',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const width = Math.max(5, ...docs.map((u) => u.email.length))
  for (const user of docs) {
    const locked = user.lockUntil && new Date(user.lockUntil) > new Date() ? '  (đang bị khóa)' : ''
    console.log(
      `${user.email.padEnd(width)}  ${(user.roles ?? []).join(',').padEnd(16)}  ${user.name ?? ''}${locked}`,
    )
  }
  console.log(`${docs.length} tài khoản.`)
}
