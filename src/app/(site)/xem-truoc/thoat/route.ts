import { draftMode } from 'next/headers'

export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  ;(await draftMode()).disable()
  return new Response(null, {
    status: 307,
    headers: { Location: '/', 'Cache-Control': 'no-store' },
  })
}
