// Read every control of the page (hidden ones too: a menu's items, a delete button shown
// on hover), mark each with its number, and name it as a person would.
(mark) => {
  const squash = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const shown = (el) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden'
      && style.display !== 'none' && !el.closest('[hidden], [aria-hidden=true]');
  };
  const byIds = (ids) => squash((ids || '').split(/\s+/).map(
    (id) => { const el = document.getElementById(id); return el ? el.innerText : ''; }).join(' '));
  // A label's own words, without the options or values of the controls inside it.
  const labelText = (label) => {
    const copy = label.cloneNode(true);
    copy.querySelectorAll('input, select, textarea, button').forEach((n) => n.remove());
    return squash(copy.textContent);
  };
  const nameOf = (el) => {
    if (el.getAttribute('aria-labelledby')) return byIds(el.getAttribute('aria-labelledby'));
    if (el.getAttribute('aria-label')) return squash(el.getAttribute('aria-label'));
    if (el.labels && el.labels.length) return squash(Array.from(el.labels).map(labelText).join(' '));
    if (el.tagName === 'INPUT' && ['submit', 'button', 'reset'].includes(el.type)) return squash(el.value);
    if (['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) return squash(el.placeholder || el.title);
    return squash(el.innerText || el.title || (el.querySelector('img') || {}).alt);
  };
  const near = (el) => {
    const row = el.closest('tr, li, [role=row], [role=listitem]');
    if (row) return squash(row.innerText);
    let prev = el.previousElementSibling;
    while (prev && !squash(prev.innerText)) prev = prev.previousElementSibling;
    return prev ? squash(prev.innerText) : '';
  };
  const roleOf = (el) => {
    const role = el.getAttribute('role');
    if (role) return role;
    const tag = el.tagName.toLowerCase();
    if (tag === 'a') return 'link';
    if (tag === 'button') return 'button';
    if (tag === 'select') return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
    if (tag === 'textarea') return 'textbox';
    const type = (el.type || 'text').toLowerCase();
    if (['submit', 'button', 'reset', 'image'].includes(type)) return 'button';
    if (type === 'checkbox') return 'checkbox';
    if (type === 'radio') return 'radio';
    if (type === 'search') return 'searchbox';
    if (type === 'range') return 'slider';
    if (type === 'number') return 'spinbutton';
    return 'textbox';
  };
  const forms = Array.from(document.forms);
  const heading = (form) => {
    const own = form.querySelector('h1, h2, h3, h4, legend');
    if (own) return squash(own.innerText);
    const section = form.closest('section, article, aside, main, div');
    const above = section && section.querySelector('h1, h2, h3, h4');
    return above ? squash(above.innerText) : '';
  };
  document.querySelectorAll('[' + mark + ']').forEach((el) => el.removeAttribute(mark));
  const selector = 'input:not([type=hidden]), textarea, select, button, a[href], [role=button],'
    + ' [role=link], [role=searchbox], [role=textbox], [role=checkbox], [role=radio],'
    + ' [role=menuitem], [role=tab], [role=option], [role=switch], [contenteditable=true]';
  const controls = Array.from(document.querySelectorAll(selector)).map((el, i) => {
    el.setAttribute(mark, String(i));
    return {
      id: i, tag: el.tagName.toLowerCase(), type: (el.type || '').toLowerCase(),
      role: roleOf(el), name: nameOf(el), text: squash(el.innerText),
      placeholder: el.placeholder || '', html_id: el.id || '', html_name: el.name || '',
      autocomplete: el.getAttribute('autocomplete') || '',
      form: el.form ? forms.indexOf(el.form) : -1, shown: shown(el), near: near(el),
      dialog: !!el.closest('dialog[open], [role=dialog], [role=alertdialog], [aria-modal=true]'),
      popup: el.getAttribute('aria-haspopup') || '', expanded: el.getAttribute('aria-expanded') || '',
      value: typeof el.value === 'string' ? el.value : '',
      required: !!el.required || el.getAttribute('aria-required') === 'true',
      options: el.tagName === 'SELECT'
        ? Array.from(el.options).filter((o) => o.value !== '' && !o.disabled).map((o) => o.text)
        : [],
    };
  });
  return {controls, forms: forms.map((form, i) => ({index: i, heading: heading(form),
    text: squash(form.innerText).slice(0, 300)}))};
}
