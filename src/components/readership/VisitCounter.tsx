import { activeVisitors, getReadership } from '@/site/data/readership'

const number = new Intl.NumberFormat('vi-VN')

/**
 * The visit counter Vietnamese portals show in the footer. Figures are as of the page's render:
 * a page served from the page cache shows them as they were when it was cached (≤ 10 minutes).
 */
export async function VisitCounter() {
  const { today, total } = await getReadership()
  return (
    <section aria-labelledby="footer-stats">
      <h2 id="footer-stats" className="site-footer__title">
        Thống kê truy cập
      </h2>
      <dl className="visit-counter">
        <div>
          <dt>Đang truy cập</dt>
          <dd data-stat="active">{number.format(activeVisitors())}</dd>
        </div>
        <div>
          <dt>Hôm nay</dt>
          <dd data-stat="today">{number.format(today)}</dd>
        </div>
        <div>
          <dt>Tổng lượt truy cập</dt>
          <dd data-stat="total">{number.format(total)}</dd>
        </div>
      </dl>
    </section>
  )
}
