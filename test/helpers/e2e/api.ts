import { baseUrl } from './browser'

export const ACCOUNTS = {
  admin: { email: 'quantri@demo.vn', password: 'QuanTri@2024' },
  editor: { email: 'bientap@demo.vn', password: 'BienTap@2024' },
  reporter: { email: 'phongvien@demo.vn', password: 'PhongVien@2024' },
} as const

export async function apiLogin(
  account: keyof typeof ACCOUNTS,
): Promise<{ token: string; userId: string }> {
  const res = await fetch(`${baseUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ACCOUNTS[account]),
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
