// "Run a test": offer "Save as test" once there is a verdict.
(() => {
  "use strict";

  document.addEventListener("housecat:run-finished", (event) => {
    // An error is not a verdict on the journey: there is nothing worth saving yet.
    if (event.detail.outcome !== "passed" && event.detail.outcome !== "failed") return;
    document.querySelectorAll("[data-show-after-verdict]").forEach((element) => {
      element.hidden = false;
    });
  });
})();
