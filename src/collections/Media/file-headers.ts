import { ACCEPTED_TYPES, type AcceptedMime } from '@/lib/detect-mime'

/**
 * How a media file is served, shared by the Express route (src/server/media-files.ts) and
 * Payload's own file endpoint. Stored names carry their detected type's extension, so the
 * extension maps to exactly one allowed type; anything else (HTML, SVG, XML, scripts…) is
 * never served as itself.
 */
const TYPE_BY_EXTENSION = new Map<string, AcceptedMime>(
  Object.entries(ACCEPTED_TYPES).map(([mime, ext]) => [ext, mime as AcceptedMime]),
)

const ACCEPTED = new Set<string>(TYPE_BY_EXTENSION.values())

/** The content type for a stored file name, or undefined when it must not be served. */
export function servedType(filename: string): AcceptedMime | undefined {
  const dot = filename.lastIndexOf('.')
  return dot > 0 ? TYPE_BY_EXTENSION.get(filename.slice(dot + 1)) : undefined
}

/**
 * Headers for a served media file: the detected type, no sniffing, and a sandbox so even a
 * PDF that is also an HTML page (`%PDF-…<script>`) cannot run script on the portal's origin.
 * PDFs open in the browser's viewer (`inline`) inside that sandbox.
 */
export function mediaFileHeaders(type: AcceptedMime): Record<string, string> {
  return {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': 'sandbox',
    ...(type === 'application/pdf' ? { 'Content-Disposition': 'inline' } : {}),
  }
}

/**
 * Payload's file endpoint picks the type from content, or from the extension when content says
 * nothing (`.html` → text/html). Express answers before it for every media name; this keeps
 * that endpoint safe on its own: unknown types are sent as a download, never rendered.
 */
export function guardPayloadFileHeaders({ headers }: { headers: Headers }): Headers {
  const type = (headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  if (ACCEPTED.has(type)) {
    for (const [key, value] of Object.entries(mediaFileHeaders(type as AcceptedMime)))
      headers.set(key, value)
  } else {
    headers.set('Content-Type', 'application/octet-stream')
    headers.set('X-Content-Type-Options', 'nosniff')
    headers.set('Content-Security-Policy', 'sandbox')
    headers.set('Content-Disposition', 'attachment')
  }
  return headers
}
