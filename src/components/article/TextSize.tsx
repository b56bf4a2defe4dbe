const SIZES = [
  { value: 'sm', label: 'A-', title: 'Chữ nhỏ' },
  { value: 'md', label: 'A', title: 'Chữ vừa' },
  { value: 'lg', label: 'A+', title: 'Chữ lớn' },
] as const

/**
 * Buttons wired by the layout's inline script; the choice is kept in localStorage. The visible
 * "A-"/"A+" is the accessible name (WCAG 2.5.3: a speech user says what they see); the title
 * adds "Chữ nhỏ"/"Chữ lớn" as the description, inside the group named "Cỡ chữ".
 */
export function TextSize() {
  return (
    <div className="text-size" role="group" aria-label="Cỡ chữ">
      {SIZES.map((size) => (
        <button key={size.value} type="button" data-text-size-set={size.value} title={size.title}>
          {size.label}
        </button>
      ))}
    </div>
  )
}
