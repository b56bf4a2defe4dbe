/**
 * Forging the admin's server functions (Payload's `handleServerFunctions` behind the admin layout's
 * one Next server action): any signed-in account can send these POSTs, so security tests send
 * them as an attacker would, with the action id any visitor can read from the admin's JavaScript.
 */
import fs from 'node:fs'
import path from 'node:path'

/** The id of the admin layout's server action (src/app/(payload)/layout.tsx), from the build. */
export function adminActionId(): string {
  const manifest = JSON.parse(
    fs.readFileSync(
      path.join(process.cwd(), '.next/server/server-reference-manifest.json'),
      'utf8',
    ),
  ) as { node: Record<string, { filename?: string }> }
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === 'src/app/(payload)/layout.tsx',
  )
  if (!found) throw new Error('admin server action not found in the build manifest')
  return found[0]
}

/** Calls server function `name` with `args` as the holder of `token`; the raw status and body. */
export async function callServerFunction(
  url: string,
  token: string,
  name: string,
  args: Record<string, unknown>,
): Promise<{ status: number; body: string }> {
  const res = await fetch(`${url}/admin`, {
    method: 'POST',
    headers: {
      accept: 'text/x-component',
      'content-type': 'text/plain;charset=UTF-8',
      'next-action': adminActionId(),
      origin: url,
      cookie: `payload-token=${token}`,
    },
    body: JSON.stringify([{ name, args }]),
  })
  return { status: res.status, body: await res.text() }
}
