/**
 * What a person (or a password manager) put into a form before its island hydrated. The server
 * renders the form empty, so any value found in the DOM on mount was typed: the island starts from
 * it instead of overwriting it with its own empty state (DESIGN.md, outside the repo, »Forms»).
 * Reads fields by `name`: text inputs, textareas and selects give their value when not empty,
 * a single checkbox gives `checked`, a group of checkboxes the values that are ticked.
 *
 * @example typedBeforeHydration(form, { email: '' }) // → { email: 'ana@example.dk' } after typing
 */
export function typedBeforeHydration<D extends object>(form: HTMLFormElement | null, shape: D): Partial<D> {
  const typed: Record<string, unknown> = {};
  if (!form) return typed as Partial<D>;
  for (const [name, empty] of Object.entries(shape)) {
    const fields = [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[name="${name}"]`)];
    if (fields.length === 0) continue;
    if (Array.isArray(empty)) {
      const ticked = fields.filter((f) => (f as HTMLInputElement).checked).map((f) => f.value);
      if (ticked.length) typed[name] = ticked;
    } else if (typeof empty === 'boolean') {
      if ((fields[0] as HTMLInputElement).checked) typed[name] = true;
    } else {
      const radio = fields.find((f) => (f as HTMLInputElement).type === 'radio');
      const value = radio ? (fields.find((f) => (f as HTMLInputElement).checked)?.value ?? '') : fields[0]!.value;
      if (value !== '') typed[name] = value;
    }
  }
  return typed as Partial<D>;
}
