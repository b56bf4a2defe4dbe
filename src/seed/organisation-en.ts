/*
 * English versions of the demo organisation section (issue 12 §2): the site settings, the pages
 * (all but "Lịch sử hình thành", left Vietnamese-only to show the English notice), the leaders
 * and the units. Invented text like the Vietnamese demo it translates.
 */
export const DEMO_SITE_EN = {
  name: 'Party Committee of Provincial Agencies (demo portal)',
  shortName: 'Provincial Agencies Party Committee',
  tagline: 'Official information of the Party Committee of Provincial Agencies',
  footer: 'Demo portal. Content and names in its articles are fictitious.',
  contact: {
    address: '1 Central Street, Demo City',
    hours: 'Monday to Friday, 7:30–11:30 and 13:30–17:00',
    responsible: 'Office of the Party Committee',
  },
}

/** English pages by slug. Layouts are written per language, so each lists its own blocks. */
export const PAGES_EN: Record<string, { title: string; description: string; text?: string[] }> = {
  'gioi-thieu': {
    title: 'About us',
    description: 'Who we are: the Party Committee of Provincial Agencies.',
    text: [
      'The Party Organisation of Provincial Agencies (demo) reports to the Provincial Party Committee and leads the grassroots Party organisations in the departments and agencies of the province.',
      'It has 68 grassroots Party organisations with nearly 4,000 members working in Party, government, Fatherland Front and mass organisation agencies at provincial level.',
    ],
  },
  'chuc-nang-nhiem-vu': {
    title: 'Functions and duties',
    description: 'What the Party Committee of Provincial Agencies is responsible for.',
    text: [
      'The Committee leads its grassroots Party organisations in politics, ideology, organisation, personnel, inspection and supervision.',
      'It leads the agencies in carrying out their political tasks, builds strong Party organisations, admits new members, explains Party resolutions to members and leads the mass organisations of the agencies.',
    ],
  },
  'co-cau-to-chuc': {
    title: 'Organisation',
    description: 'The Standing Committee and the boards and office that assist it.',
    text: ['The Committee is assisted by its boards and its Office.'],
  },
  'ban-tuyen-giao-va-dan-van': {
    title: 'Board of Propaganda and Mass Mobilisation',
    description:
      'Advises the Standing Committee on propaganda, political education and mass mobilisation.',
    text: [
      'The Board advises the Standing Committee on propaganda, political and ideological education and mass mobilisation within the agencies.',
    ],
  },
  'lanh-dao': {
    title: 'Leadership',
    description: 'The leaders of the Party Committee of Provincial Agencies.',
  },
  'lien-he': {
    title: 'Contact',
    description: 'How to reach the Office of the Party Committee.',
  },
}

/** Leaders' English positions and biographies, by slug. */
export const LEADERS_EN: Record<string, { position: string; biography: string[] }> = {
  'nguyen-van-thanh': {
    position: 'Secretary of the Party Committee',
    biography: [
      'Born in 1972 in Demo province. Master of Public Management; advanced political theory.',
    ],
  },
  'le-thi-thu-huong': {
    position: 'Standing Deputy Secretary of the Party Committee',
    biography: ['Born in 1978. Bachelor of Laws; advanced political theory.'],
  },
  'hoang-van-nam': {
    position: 'Deputy Secretary of the Party Committee',
    biography: ['Born in 1980. Engineer in information technology; advanced political theory.'],
  },
}

/** Units' English names, heads' positions and descriptions, by the demo unit key. */
export const UNITS_EN: Record<string, { name: string; position?: string; description: string }> = {
  btv: {
    name: 'Standing Committee',
    position: 'Secretary',
    description: 'Leads between the plenary meetings of the Executive Committee.',
  },
  vp: {
    name: 'Office of the Party Committee',
    position: 'Chief of Office',
    description: 'General advice, administration and Party finance.',
  },
  btc: {
    name: 'Board of Organisation',
    position: 'Head',
    description: 'Organisation, personnel and Party membership.',
  },
  btg: {
    name: 'Board of Propaganda and Mass Mobilisation',
    position: 'Head',
    description: 'Propaganda, political education and mass mobilisation.',
  },
  'btg-tt': {
    name: 'Information Unit – Web Portal',
    description: 'Edits and runs the web portal.',
  },
  ubkt: {
    name: 'Inspection Commission',
    position: 'Chair',
    description: 'Inspection, supervision and Party discipline.',
  },
  doan: {
    name: 'Youth Union of Provincial Agencies',
    description: 'The affiliated youth organisation of the agencies.',
  },
}
