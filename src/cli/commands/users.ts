import { createUser, deleteUser, listUsers, resetPassword } from '@/cli/users/actions'
import { parseUsersArgs, type UsersArgs, usersUsage } from '@/cli/users/args'
import { UsersCliError } from '@/cli/users/errors'
import { withPayload } from '@/cli/with-payload'

/**
 * `cms users create|reset-password|delete|list`: manage accounts without the admin UI, e.g. to
 * create the first real admin and remove the demo accounts before going live.
 * Exit codes: 0 done, 1 refused by the database (e-mail taken, unknown e-mail, last admin),
 * 2 bad arguments (unknown role, short password…), checked before the database opens.
 */
export async function run(argv: string[]): Promise<number> {
  let args: UsersArgs
  try {
    args = parseUsersArgs(argv)
  } catch (error) {
    if (!(error instanceof UsersCliError)) throw error
    console.error(`${error.message}\n\n${usersUsage()}`)
    return error.exitCode
  }
  if (args.action === 'help') {
    console.log(usersUsage())
    return 0
  }
  const todo = args
  return withPayload(async (payload) => {
    try {
      if (todo.action === 'create') await createUser(payload, todo)
      else if (todo.action === 'reset-password') await resetPassword(payload, todo)
      else if (todo.action === 'delete') await deleteUser(payload, todo)
      else await listUsers(payload)
      return 0
    } catch (error) {
      if (!(error instanceof UsersCliError)) throw error
      console.error(error.message)
      return error.exitCode
    }
  })
}
