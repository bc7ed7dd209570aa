// Answer forms (transfer_request): answers (radios or options mapped to `answer`) the verdict
// does not permit are disabled, options also hidden; the `reason` select gets the permitted
// refusal reasons. Values stay; text and hidden inputs are left alone (the rules check what
// they hold).

/** `render(result)` limits the mapped `answer` and `reason` controls; `restore()` undoes it. */
export function answerControls(g) {
  const touched = new Map(); // radio or option -> [disabled, hidden] as the panel had them
  const added = new Set(); // reason options the guard added
  let answers = null;

  function limit(target, allowed, reasons) {
    for (const el of g.resolve_(target)) {
      const select = el.tagName === 'SELECT';
      if (select && reasons) {
        for (const r of reasons) {
          let o = [...el.options].find((x) => x.value === r.code);
          if (!o) {
            o = g.make_('option');
            o.value = r.code;
            el.append(o);
            added.add(o);
          }
          if (added.has(o)) o.textContent = r.label;
        }
      }
      for (const c of select ? el.options : /radio|checkbox/.test(el.type) ? [el] : []) {
        if (c.value === '') continue; // a placeholder
        if (!touched.has(c)) touched.set(c, [c.disabled, c.hidden]);
        const [disabled, hidden] = touched.get(c);
        const off = !!allowed && !allowed.includes(c.value);
        c.disabled = disabled || off;
        if (select) c.hidden = hidden || off;
      }
    }
  }

  return {
    render_(result) {
      if (!result.errors) answers = result.answers ?? null; // across input errors: the last ones
      const mapping = g.mapping_();
      // The verdict's permitted answers, with their labels for options the guard adds.
      const options = answers && answers.options ? answers.options.map((o) => ({ code: o.value, label: o.label })) : null;
      limit(mapping.answer, answers && answers.permitted, options);
      limit(mapping.reason, answers && answers.refusal_reasons.map((r) => r.code), answers && answers.refusal_reasons);
    },
    restore_() {
      for (const [c, [disabled, hidden]] of touched) {
        c.disabled = disabled;
        c.hidden = hidden;
      }
      for (const o of added) o.remove();
    },
  };
}
