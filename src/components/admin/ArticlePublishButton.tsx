'use client'
/**
 * Payload's "Xuất bản" button for articles, unchanged but for its schedule drawer ("Lên lịch"):
 * Payload opens it on "Ẩn tài liệu" whenever there are no drafts newer than the published
 * version, which for a piece never published means the drawer starts on an unpublish of nothing.
 * Payload takes no option for that (its `defaultType` is internal), so when the drawer opens for
 * an article that has never been published, "Xuất bản" is selected in it.
 */
import { PublishButton, useDocumentInfo, useModal } from '@payloadcms/ui'
import type { PublishButtonClientProps } from 'payload'
import { useEffect } from 'react'

/** The drawer's radios, in Payload's order: publish first, then unpublish. */
const PUBLISH_RADIO = '.schedule-publish__type li:first-child input[type="radio"]'

export function ArticlePublishButton(props: PublishButtonClientProps) {
  const { id, hasPublishedDoc } = useDocumentInfo()
  const { isModalOpen } = useModal()
  const open = isModalOpen(`schedule-publish-${id}`)

  useEffect(() => {
    if (!open || hasPublishedDoc) return
    let frames = 0
    let handle = 0
    const pick = () => {
      const radio = document.querySelector<HTMLInputElement>(PUBLISH_RADIO)
      if (radio) {
        if (!radio.checked) radio.click()
        return
      }
      // The drawer mounts a frame or two after the modal state flips.
      if (++frames < 120) handle = requestAnimationFrame(pick)
    }
    handle = requestAnimationFrame(pick)
    return () => cancelAnimationFrame(handle)
  }, [open, hasPublishedDoc])

  return <PublishButton {...props} />
}
