export function SkipLink({ label = 'Bỏ qua đến nội dung chính' }: { label?: string }) {
  return (
    <a className="skip-link" href="#noi-dung">
      {label}
    </a>
  )
}
