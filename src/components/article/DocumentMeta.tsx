import type { Article } from '@/payload-types'
import { documentTypeLabel } from '@/site/documents'
import { formatDateVi } from '@/site/format/date'
import { asMedia } from '@/site/media'

/** The header table every official document page carries, then signature and recipients. */
export function DocumentMeta({ article }: { article: Article }) {
  const doc = article.document
  if (!doc) return null
  const rows: Array<[string, string]> = [
    ['Số ký hiệu', doc.number ?? ''],
    ['Loại văn bản', documentTypeLabel(doc.type)],
    ['Cơ quan ban hành', doc.issuingBody ?? ''],
    ['Ngày ban hành', formatDateVi(doc.issuedAt)],
    ['Ngày hiệu lực', formatDateVi(doc.effectiveAt)],
    ['Người ký', [doc.signer, doc.signerTitle].filter(Boolean).join(' – ')],
  ]
  return (
    <table className="doc-meta">
      <caption className="visually-hidden">Thông tin văn bản</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function DocumentFooter({ article }: { article: Article }) {
  const doc = article.document
  if (!doc) return null
  const attachment = asMedia(doc.attachment)
  const recipients = (doc.recipients ?? []).map((r) => r.name).filter(Boolean)
  return (
    <>
      {doc.signer ? (
        <div className="doc-signature">
          {doc.signerCapacity ? <p>{doc.signerCapacity}</p> : null}
          {doc.signerTitle ? <p>{doc.signerTitle}</p> : null}
          <p>
            <strong>{doc.signer}</strong>
          </p>
        </div>
      ) : null}
      {recipients.length > 0 ? (
        <div className="doc-recipients">
          <p>
            <strong>Nơi nhận:</strong>
          </p>
          <ul>
            {recipients.map((name, i) => (
              <li key={i}>{name}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {attachment?.url ? (
        <p>
          <a className="doc-attachment" href={attachment.url} type="application/pdf">
            Tải văn bản gốc (PDF
            {attachment.filesize
              ? `, ${Math.max(1, Math.round(attachment.filesize / 1024))} KB`
              : ''}
            )
          </a>
        </p>
      ) : null}
    </>
  )
}
