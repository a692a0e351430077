/** In which language a course was taken: on every certificate, in the page's language and the course's. */
export const courseLanguage = {
  'certificate.language.da': 'Kurset er gennemført på dansk.',
  'certificate.language.en': 'Kurset er gennemført på engelsk.',
} as const;
