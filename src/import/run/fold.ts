import { foldVietnamese } from '@/search/vietnamese/fold'

/**
 * Matching key for names typed in different ways: case, Unicode form, tone marks, đ and
 * spacing do not count ("Vũ Thị phương Nga" = "Vũ Thị Phương Nga" = "vu thi phuong nga").
 */
export function foldKey(text: string): string {
  return foldVietnamese(text.normalize('NFC')).replace(/\s+/g, ' ').trim()
}
