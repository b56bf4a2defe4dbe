'use client'
/**
 * Stands in for Payload's "Ẩn tài liệu" (unpublish) entry in an article's menu. That button sends
 * `_status: 'draft'` with no reason, which the stage rules always refuse ("Cần ghi lý do"):
 * unpublishing an article is the stage "Gỡ bài", made with a reason by an approver. For those who
 * could have used the button (a live article, publish rights), the menu says so instead, and
 * clicking it takes them to the reason field.
 */
import { PopupList, useDocumentInfo } from '@payloadcms/ui'

export function ArticleUnpublishNote() {
  const { hasPublishedDoc, hasPublishPermission, isTrashed } = useDocumentInfo()
  if (!hasPublishedDoc || !hasPublishPermission || isTrashed) return null
  const toReason = () => {
    const reason = document.querySelector<HTMLTextAreaElement>('#field-stageReason')
    reason?.scrollIntoView({ block: 'center' })
    reason?.focus()
  }
  return (
    <PopupList.ButtonGroup>
      <PopupList.Button id="action-unpublish-howto" onClick={toReason}>
        Gỡ bài: ghi lý do rồi chọn giai đoạn &quot;Gỡ bài&quot;
      </PopupList.Button>
    </PopupList.ButtonGroup>
  )
}
