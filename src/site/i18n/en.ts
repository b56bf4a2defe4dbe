/**
 * The English interface strings (issue 12 §2): every word the shared components print on an
 * English page comes from here, so an English page never carries a Vietnamese label. The
 * Vietnamese strings for the same keys are in ./vi.ts; both satisfy `UiStrings`.
 */
import type { UiStrings } from './vi'

export const en: UiStrings = {
  skipToContent: 'Skip to main content',
  breadcrumbs: 'Breadcrumb',
  home: 'Home',
  mainMenu: 'Main menu',
  inThisSection: 'In this section',
  term: 'Term',
  orgChart: 'Organisation chart',
  phoneShort: 'Tel.',
  email: 'E-mail',
  address: 'Address',
  phone: 'Telephone',
  fax: 'Fax',
  hours: 'Office hours',
  responsible: 'Responsible for content',
  switchTo: 'Tiếng Việt',
  switchToLang: 'vi',
  notTranslatedTitle: 'This page is available in Vietnamese',
  notTranslatedText: 'There is no English version of this page yet.',
  readInVietnamese: 'Read this page in Vietnamese',
  notFoundTitle: 'Page not found',
  notFoundText: 'The page you are looking for does not exist or has moved.',
  backHome: 'Go to the English home page',
  serverErrorTitle: 'Something went wrong',
  serverErrorText:
    'The portal could not display this page because of a technical problem. Please try again in a few minutes.',
  whoWeAre: 'Who we are',
  sections: 'About the Committee',
  contact: 'Contact',
}
