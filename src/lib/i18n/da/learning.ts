/** Strings of the learning islands on course and lesson pages (kept small: they ship to every learner). */
export const learning = {
  'home.continue': 'Fortsæt hvor du slap',
  'home.continueLink': 'Fortsæt med {title}',


  'course.start': 'Start kurset',
  'course.continue': 'Fortsæt kurset',
  'course.minutes': '{minutes} min.',

  'progress.label': 'Fremdrift',
  'progress.summary': '{done} af {total} lektioner gennemført',
  'progress.done': 'Gennemført',
  'progress.notDone': 'Ikke gennemført',
  'progress.complete': 'Du har gennemført kurset.',

  'lesson.markDone': 'Markér som gennemført',
  'lesson.isDone': 'Lektionen er gennemført.',
  'lesson.needsCheck': 'Lektionen tæller som gennemført, når du har bestået videnstjekket.',

  'quiz.title': 'Videnstjek',
  'quiz.intro': '{count} spørgsmål. Du skal have mindst {percent} % rigtige for at bestå.',
  'quiz.modeOne': 'Ét spørgsmål ad gangen',
  'quiz.modeAll': 'Alle spørgsmål på én gang',
  'quiz.mode': 'Visning',
  'quiz.question': 'Spørgsmål {n} af {total}',
  'quiz.chooseOne': 'Vælg ét svar',
  'quiz.chooseMany': 'Vælg alle rigtige svar',
  'quiz.check': 'Tjek svar',
  'quiz.next': 'Næste spørgsmål',
  'quiz.previous': 'Forrige spørgsmål',
  'quiz.correct': 'Rigtigt.',
  'quiz.wrong': 'Ikke helt.',
  'quiz.rightAnswer': 'Det rigtige svar er: {answer}',
  'quiz.pickFirst': 'Vælg et svar, før du tjekker.',
  'quiz.result': 'Du fik {correct} af {total} rigtige.',
  'quiz.passed': 'Bestået. Lektionen er gennemført.',
  'quiz.failed': 'Ikke bestået endnu. Læs forklaringerne og prøv igen.',
  'quiz.retry': 'Prøv igen',
  'quiz.best': 'Dit bedste resultat: {correct} af {total}.',
  'quiz.noscript': 'Videnstjekket kræver JavaScript. Lektionens tekst kan læses uden.',

  'sync.saved': 'Gemt på din konto.',
  'sync.saving': 'Gemmer på din konto …',
  'sync.waiting': 'Venter på forbindelse. Din fremdrift er gemt i browseren og sendes, når du er online igen.',
} as const;
