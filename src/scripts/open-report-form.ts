/**
 * Opens the "Meld en fejl" form in place of its button. A module of its own, loaded on the first
 * press, so the page itself carries only the few bytes that wait for that press. On an English
 * page the form's English words load with it.
 */
export async function openReportForm(box: HTMLElement, button: HTMLElement) {
  const [{ mount }, words] = await Promise.all([
    import('../islands/ReportError.tsx'),
    box.dataset.lang === 'en' ? import('../lib/i18n/en/report-words.ts').then((m) => m.reportWords) : undefined,
  ]);
  const target = document.createElement('div');
  button.replaceWith(target);
  mount(target, { path: box.dataset.path!, version: box.dataset.version!, words });
}
