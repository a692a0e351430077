/**
 * Opens the "Meld en fejl" form in place of its button. A module of its own, loaded on the first
 * press, so the page itself carries only the few bytes that wait for that press.
 */
export async function openReportForm(box: HTMLElement, button: HTMLElement) {
  const { mount } = await import('../islands/ReportError.tsx');
  const target = document.createElement('div');
  button.replaceWith(target);
  mount(target, { path: box.dataset.path!, version: box.dataset.version! });
}
