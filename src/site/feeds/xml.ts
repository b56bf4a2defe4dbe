const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

/** Escapes text for XML and drops characters XML 1.0 forbids (stray control codes in imports). */
export function xmlEscape(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
}

export const tag = (name: string, value: string | null | undefined): string =>
  value ? `<${name}>${xmlEscape(value)}</${name}>` : ''

export function xmlResponse(body: string, contentType = 'application/xml'): Response {
  return new Response(body, {
    headers: {
      'Content-Type': `${contentType}; charset=utf-8`,
      'Cache-Control': 'public, max-age=300',
    },
  })
}
