"""What an eye sees of an element, as scripts the checks run in the page: the words a
part says, and whether an element is in sight at all."""

# Crossed-out words are words taken back: "$50" struck beside "$40" is no price of $50.
# (Only figures: a done todo is struck through, and still listed.)
STRUCK = """const crossed = (el) =>
    getComputedStyle(el).textDecorationLine.includes('line-through');
  const struck = (el) => { for (let node = el; node; node = node.parentElement) {
    if (crossed(node)) return true; } return false; };"""
# Fields that hold a value a person reads as text (a checkbox's "on" is none)
HOLDERS = """
  const HOLDERS = 'select, textarea, input:not([type=checkbox], [type=radio], [type=hidden],'
    + ' [type=button], [type=submit], [type=reset], [type=image], [type=file])';"""
# What a part of the page says, lower-cased and in single spaces. A dropdown in it says
# only its chosen option: its innerText lists every option, chosen or not. An editor in it
# says nothing: what is typed there is not shown yet; nor do crossed-out figures.
SAID = (
    STRUCK
    + """
  const low = (s) => (s || '').toLowerCase().replace(/\\s+/g, ' ').trim();
  const chosen = (select) => [...select.selectedOptions].map(option => option.text).join(' ');
  const unsaid = (el, figures) => el.isContentEditable ? [] : [
    ...[...el.querySelectorAll('[contenteditable]')].filter(part => part.isContentEditable),
    ...(figures ? [...el.querySelectorAll('*')].filter(crossed) : [])];
  const said = (el, figures) => figures && struck(el) ? '' : [...el.querySelectorAll('select')]
    .reduce((text, select) => text.replace(low(select.innerText), low(chosen(select))),
      unsaid(el, figures).reduce((text, part) => text.replace(low(part.innerText), ' '),
        low(el.innerText)));"""
)
# Where an eye can see an element's text: Playwright calls visible what has a box, even
# at opacity 0, off the page's edge, a 1-pixel screen-reader label, or inside a collapsed
# part that hides what overflows it, as a success message drawn before it fades in is.
# An ancestor clips the text unless the text is positioned out of it (absolute, fixed).
# A form control is as Playwright sees it: a styled checkbox hides the real one at opacity
# 0 and draws its own beside it.
SEEN = """(el) => {
  if (el.matches('input, select, textarea')) return true;
  const range = document.createRange();
  range.selectNodeContents(el);
  const drawn = range.getBoundingClientRect();  // a field or an image draws no text
  let {left, top, right, bottom} = drawn.width || drawn.height ? drawn : el.getBoundingClientRect();
  const page = document.documentElement;
  if (right + scrollX <= 0 || bottom + scrollY <= 0
      || left + scrollX >= Math.max(page.scrollWidth, innerWidth)) return false;
  let free = '';
  for (let node = el; node && node !== document.body; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (parseFloat(style.opacity) === 0) return false;
    if (free === 'absolute' && style.position !== 'static') free = '';
    if (!free) {
      const box = node.getBoundingClientRect();
      if (/hidden|clip/.test(style.overflowX)) {
        left = Math.max(left, box.left); right = Math.min(right, box.right);
      }
      if (/hidden|clip/.test(style.overflowY)) {
        top = Math.max(top, box.top); bottom = Math.min(bottom, box.bottom);
      }
    }
    if (style.position === 'fixed') free = 'fixed';
    else if (style.position === 'absolute' && free !== 'fixed') free = 'absolute';
  }
  return right - left > 1 && bottom - top > 1;
}"""
