import { urls } from '@/site/urls'

/** Plain share links: no third-party script, nothing loaded until the reader clicks. */
export function ShareLinks({ url, title, slug }: { url: string; title: string; slug: string }) {
  const encoded = encodeURIComponent(url)
  return (
    <div className="share">
      <span>Chia sẻ:</span>
      <a
        href={`https://www.facebook.com/sharer/sharer.php?u=${encoded}`}
        rel="noopener noreferrer"
        target="_blank"
      >
        Facebook<span className="visually-hidden"> (mở cửa sổ mới)</span>
      </a>
      <a href={`https://zalo.me/share?url=${encoded}`} rel="noopener noreferrer" target="_blank">
        Zalo<span className="visually-hidden"> (mở cửa sổ mới)</span>
      </a>
      <a href={url} data-copy-link={url} title={`Sao chép liên kết: ${title}`}>
        Sao chép liên kết
        <span data-copy-status="" role="status" className="visually-hidden" />
      </a>
      <a href={urls.print(slug)}>Bản in</a>
      <a href={`mailto:?subject=${encodeURIComponent(title)}&body=${encoded}`}>Gửi email</a>
    </div>
  )
}
