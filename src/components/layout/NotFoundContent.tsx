import { SearchBox } from '@/components/search/SearchBox'
import { urls } from '@/site/urls'

/** What a reader sees on a missing address (the 404 boundary and the server-rendered 404 page). */
export function NotFoundContent() {
  return (
    <div className="wrap">
      <h1 className="page-title">Không tìm thấy trang</h1>
      <p>Trang bạn tìm không tồn tại hoặc đã được chuyển đi nơi khác.</p>
      <p>Bạn có thể tìm bài viết theo từ khóa:</p>
      <SearchBox />
      <ul>
        <li>
          <a href={urls.home()}>Về trang chủ</a>
        </li>
        <li>
          <a href={urls.documents()}>Thư viện văn bản</a>
        </li>
      </ul>
    </div>
  )
}
