'use client'
/**
 * Puts Payload's fixed English toasts into Vietnamese (./vietnamese-toasts.ts) for people using
 * the admin in Vietnamese. Registered as an admin provider (payload.config.ts), it wraps the
 * `toast` functions of the toast library Payload's admin uses, the same instance that
 * `@payloadcms/ui` exports, so the text is right from the start, with no flash of English; every
 * other toast passes through untouched. A provider, not a patch of Payload's files: it survives
 * an update, and if Payload renames the library export the admin still works (in English).
 */
import { toast, useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect } from 'react'

import { translateToast } from './vietnamese-toasts'

type Toaster = (message: unknown, data?: unknown) => unknown

/** The admin's language, as the provider last saw it (Vietnamese by default, as the config). */
let language = 'vi'
let installed = false

function install(): void {
  if (installed) return
  installed = true
  const methods = toast as unknown as Record<string, Toaster>
  for (const name of ['success', 'error', 'warning', 'info', 'message']) {
    const original = methods[name]
    if (typeof original !== 'function') continue
    methods[name] = (message, data) =>
      original(language === 'vi' ? translateToast(message) : message, data)
  }
}

export function VietnameseToasts({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  install()
  useEffect(() => {
    language = i18n.language
  }, [i18n.language])
  return <>{children}</>
}
