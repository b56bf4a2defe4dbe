'use client'

/** Shown when rendering a page failed; the details are in the server log, not here. */
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  return (
    <div className="wrap">
      <h1 className="page-title">Đã có lỗi xảy ra</h1>
      <p>Hệ thống đang gặp sự cố khi hiển thị trang này. Xin vui lòng thử lại sau ít phút.</p>
      <p>
        <button type="button" className="button" onClick={() => reset()}>
          Thử lại
        </button>{' '}
        <a href="/">Về trang chủ</a>
      </p>
    </div>
  )
}
