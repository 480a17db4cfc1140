// The step editor: add, remove and reorder rows; saving is a plain form post (htmx).
(() => {
  "use strict";

  document.addEventListener("click", (event) => {
    const button = event.target.closest("[data-step-add], [data-step-up], [data-step-down], [data-step-remove]");
    if (!button) return;
    const editor = button.closest(".steps-editor");
    const list = editor.querySelector(".step-rows");
    const row = button.closest(".step-row");
    if (button.hasAttribute("data-step-add")) {
      list.append(editor.querySelector("#step-row-template").content.cloneNode(true));
      list.lastElementChild.querySelector("select").focus();
    } else if (button.hasAttribute("data-step-remove")) {
      const next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      (next ? next.querySelector("select") : editor.querySelector("[data-step-add]")).focus();
    } else if (button.hasAttribute("data-step-up") && row.previousElementSibling) {
      row.previousElementSibling.before(row);
      button.focus();
    } else if (button.hasAttribute("data-step-down") && row.nextElementSibling) {
      row.nextElementSibling.after(row);
      button.focus();
    }
  });
})();
