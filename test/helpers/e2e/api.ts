import { inject } from 'vitest'

import { baseUrl } from './browser'

export type DemoRole = 'admin' | 'approver' | 'editor' | 'reporter'

/** A demo account with the random password the seed gave it (see global-setup). */
export function demoAccount(role: DemoRole): { email: string; password: string } {
  const account = inject('demoAccounts')[role]
  if (!account) throw new Error(`No ${role} in the demo accounts file`)
  return account
}

export async function apiLogin(account: DemoRole): Promise<{ token: string; userId: string }> {
  const res = await fetch(`${baseUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(demoAccount(account)),
  })
  if (!res.ok) throw new Error(`login ${account}: ${res.status}`)
  const body = (await res.json()) as { token: string; user: { id: string } }
  return { token: body.token, userId: body.user.id }
}

export async function api<T>(
  path: string,
  token: string,
  init: { method?: string; body?: unknown } = {},
): Promise<T> {
  const res = await fetch(`${baseUrl()}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await res.text()
  if (!res.ok)
    throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${text.slice(0, 300)}`)
  return JSON.parse(text) as T
}

export async function getPage(
  path: string,
): Promise<{ status: number; html: string; cache: string | null }> {
  const res = await fetch(`${baseUrl()}${path}`, { redirect: 'manual' })
  return { status: res.status, html: await res.text(), cache: res.headers.get('x-page-cache') }
}

/** React splits adjacent text nodes with comments; tests compare the visible text. */
export const visible = (html: string): string => html.replace(/<!-- -->/g, '')
