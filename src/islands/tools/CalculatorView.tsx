/**
 * The shared body of the calculator islands (not an island itself): a form built from the
 * calculator's fields and the result, recomputed in the browser on every change. Nothing leaves the page.
 */
import { useMemo, useState } from 'preact/hooks';
import type { CalculatorForm } from '../../lib/tools/forms/shared.ts';
import { toolsCommon } from '../../lib/i18n/da/tools-common.ts';
import { toolsT } from '../../lib/i18n/tools.ts';

const t = toolsT(toolsCommon);

export function CalculatorView({ form }: { form: CalculatorForm }) {
  const { id, fields } = form;
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((f) => [f.name, f.initial])));
  const view = useMemo(() => form.run(values), [form, values]);
  const errorOf = (name: string) => view.errors.find((e) => e.field === name)?.message;
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));

  return (
    <div class="calculator">
      <form class="tool-form" onSubmit={(e) => e.preventDefault()} novalidate>
        {fields.map((f) => {
          const fid = `${id}-${f.name}`;
          const error = errorOf(f.name);
          const described = [error && `${fid}-error`, f.hint && `${fid}-hint`].filter(Boolean).join(' ') || undefined;
          if (f.type === 'checkbox')
            return (
              <div class="field check" key={f.name}>
                <input id={fid} type="checkbox" checked={values[f.name] === 'on'} onChange={(e) => set(f.name, e.currentTarget.checked ? 'on' : '')} />
                <label for={fid}>{f.label}</label>
              </div>
            );
          return (
            <div class={`field${error ? ' has-error' : ''}`} key={f.name}>
              <label for={fid}>{f.label}</label>
              {error && <p id={`${fid}-error`} class="field-error">{error}</p>}
              {f.type === 'select' ? (
                <select id={fid} value={values[f.name]} onChange={(e) => set(f.name, e.currentTarget.value)}>
                  {f.options!.map((o) => <option value={o.value} key={o.value}>{o.label}</option>)}
                </select>
              ) : (
                <input id={fid} name={f.name} type="text" inputMode="decimal" autoComplete="off" value={values[f.name]} aria-invalid={error ? 'true' : undefined}
                  aria-describedby={described} onInput={(e) => set(f.name, e.currentTarget.value)} />
              )}
              {f.hint && <p id={`${fid}-hint`} class="meta">{f.hint}</p>}
            </div>
          );
        })}
      </form>
      <section class="tool-result" aria-labelledby={`${id}-result`} aria-live="polite">
        <h2 id={`${id}-result`}>{t('tools.result')}</h2>
        {view.errors.length > 0 ? (
          <p class="notice bad">{t('tools.fixErrors')}</p>
        ) : (
          <>
            {view.summary.map((s) => <p class="summary" key={s}>{s}</p>)}
            <h3>{t('tools.steps')}</h3>
            <div class="table-scroll">
              <table>
                <thead><tr><th scope="col">{t('tools.step')}</th><th scope="col">{t('tools.rule')}</th><th scope="col" class="num">{t('tools.amount')}</th></tr></thead>
                <tbody>
                  {view.steps.map((s, i) => (
                    <tr key={i}>
                      <td>{s.text}</td>
                      <td class="rule">{s.rule ?? ''}</td>
                      <td class="num">{s.amount === undefined ? '' : s.unit === 'pct' ? t('tools.pct', { n: s.amount }) : t('tools.kr', { n: Math.round(s.amount) })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {view.notes.length > 0 && <ul class="tool-notes">{view.notes.map((n) => <li key={n}>{n}</li>)}</ul>}
          </>
        )}
      </section>
    </div>
  );
}
