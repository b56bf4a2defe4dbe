interface FieldError {
  path?: string
  message?: string
}

/** A readable one-line reason from whatever a parser, the file system or Payload threw. */
export function errorReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const data = (error as Error & { data?: { errors?: FieldError[] } }).data
  const fields = Array.isArray(data?.errors) ? data.errors : []
  if (fields.length === 0) return error.message
  const details = fields.map((f) => [f.path, f.message].filter(Boolean).join(': ')).join('; ')
  return `${error.message} (${details})`
}
