/**
 * A simulated editor: logs in through the REST API with the bench's own account, saves a draft
 * of an article (new title and lead), publishes it, then reads the public page as an anonymous
 * reader would until the new title shows, which is the "visible after" figure.
 */
import type { BenchEditor } from './editors-file'
import type { LatencyRecorder } from './latency'

const POLL_MS = 100
const VISIBLE_TIMEOUT_MS = 15_000

export interface EditorSession {
  headers: Record<string, string>
  ids: Map<string, string>
}

export async function logIn(base: string, editor: BenchEditor): Promise<EditorSession> {
  const res = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(editor),
  })
  const json = (await res.json()) as { token?: string }
  if (!res.ok || !json.token) throw new Error(`login of ${editor.email}: HTTP ${res.status}`)
  return { headers: { authorization: `JWT ${json.token}` }, ids: new Map() }
}

async function articleId(base: string, session: EditorSession, slug: string): Promise<string> {
  const known = session.ids.get(slug)
  if (known) return known
  const query = `where[slug][equals]=${encodeURIComponent(slug)}&depth=0&limit=1&select[slug]=true`
  const res = await fetch(`${base}/api/articles?${query}`, {
    headers: session.headers,
    signal: AbortSignal.timeout(30_000),
  })
  const json = (await res.json()) as { docs?: Array<{ id: string }> }
  const id = json.docs?.[0]?.id
  if (!res.ok || !id) throw new Error(`looking up ${slug}: HTTP ${res.status}`)
  session.ids.set(slug, id)
  return id
}

async function patch(url: string, session: EditorSession, data: object): Promise<void> {
  const res = await fetch(url, {
    method: 'PATCH',
    headers: { ...session.headers, 'content-type': 'application/json' },
    body: JSON.stringify(data),
    signal: AbortSignal.timeout(30_000),
  })
  await res.arrayBuffer()
  if (!res.ok) throw new Error(`PATCH ${new URL(url).pathname}: HTTP ${res.status}`)
}

/**
 * An editor saves a draft of a live article, an approver (another person: the four-eyes rule)
 * publishes it, then we wait until readers see it; each step's latency goes to `recorder`.
 */
export async function editAndPublish(
  base: string,
  session: EditorSession,
  approver: EditorSession,
  slug: string,
  label: string,
  recorder: LatencyRecorder,
): Promise<void> {
  const id = await articleId(base, session, slug)
  const title = `Bài ${slug} được biên tập lại, lần ${label}`
  const sapo = `Sa pô cập nhật lần ${label}: nội dung được biên tập viên sửa trong lúc đo tải.`
  let started = performance.now()
  await patch(`${base}/api/articles/${id}?draft=true&depth=0`, session, { title, sapo })
  recorder.record('save', performance.now() - started)
  started = performance.now()
  await patch(`${base}/api/articles/${id}?depth=0`, approver, { _status: 'published' })
  const acknowledged = performance.now()
  recorder.record('publish', acknowledged - started)
  for (;;) {
    // A hung request must end the step (and count as an error), not stall the run past its end.
    const res = await fetch(`${base}/bai-viet/${slug}`, { signal: AbortSignal.timeout(30_000) })
    const html = await res.text()
    if (res.ok && html.includes(title)) break
    if (performance.now() - acknowledged > VISIBLE_TIMEOUT_MS)
      throw new Error(`${slug} not visible ${VISIBLE_TIMEOUT_MS} ms after publishing`)
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  recorder.record('visible', performance.now() - acknowledged)
}
