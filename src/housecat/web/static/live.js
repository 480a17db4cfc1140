// Watch a run as it happens: each step as it starts and ends, then the verdict.
// Event text is always set with textContent, never parsed as HTML.
(() => {
  "use strict";

  const watching = new Set();
  const isTrue = (value) => value === true || value === "true";
  const HEALED = "The original locator no longer matched; HouseCat found the element another way.";

  function watch(panel) {
    if (panel.dataset.watching) return;
    panel.dataset.watching = "yes";
    const runId = panel.dataset.run || null;
    const endOn = panel.dataset.end || "eval_complete";
    const attempts = Number(panel.dataset.attempts || "1");
    const reconnects = panel.dataset.reconnect !== "no";
    const log = panel.querySelector(".live-steps");
    const phase = panel.querySelector(".live-phase");
    const verdict = panel.querySelector(".verdict");
    const template = panel.querySelector("template.live-step-template");
    const source = new EventSource(panel.dataset.stream);
    const watcher = { panel, source };
    let judged = 0;
    let finished = false;
    watching.add(watcher);

    function step(number) {
      let item = log.querySelector(`[data-step="${CSS.escape(String(number))}"]`);
      if (!item) {
        item = template.content.firstElementChild.cloneNode(true);
        item.dataset.step = String(number);
        log.append(item);
      }
      return item;
    }

    function showStep(number, state, label, message, detail) {
      const item = step(number);
      item.dataset.state = state;
      item.querySelector(".live-step-state").textContent = label;
      if (message) item.querySelector(".live-step-message").textContent = message;
      item.querySelector(".live-step-detail").textContent = detail || "";
      return item;
    }

    // A step that found its element another way says so, as the run's page does later.
    function showHealed(item, message) {
      const mark = item.querySelector(".healed");
      const how = /\(healed: (.*)\)$/.exec(message);
      mark.title = HEALED + (how ? ` (${how[1]})` : "");
      mark.hidden = false;
    }

    function showVerdict(outcome, text) {
      verdict.className = `verdict verdict-${outcome}`;
      verdict.textContent = text;
    }

    // A model's reading of a failure: an opinion beside the verdict, which it did not decide.
    function showDiagnosis(event) {
      const line = panel.querySelector(".diagnosis");
      if (!line) return;
      line.hidden = !event.diagnosis;
      if (line.hidden) return;
      line.querySelector(".diagnosis-model").textContent = String(event.diagnosed_by || "a model");
      line.querySelector(".diagnosis-summary").textContent = String(event.diagnosis);
      line.querySelector(".diagnosis-cause").textContent = String(event.cause || "").replace(/_/g, " ");
    }

    function finish(outcome) {
      finished = true;
      source.close();
      watching.delete(watcher);
      panel.dataset.state = "finished";
      panel.dispatchEvent(
        new CustomEvent("housecat:run-finished", { bubbles: true, detail: { outcome } }),
      );
    }

    function handle(event) {
      const message = String(event.message || "");
      switch (event.type) {
        case "plan_start":
          phase.textContent = "Planning the steps…";
          break;
        case "plan_complete":
          if (judged > 0) {
            // A failed attempt is tried again: show the new attempt from its first step.
            log.replaceChildren();
            showVerdict("pending", "");
            showDiagnosis({});
            phase.textContent = `Trying again (attempt ${judged + 1} of ${attempts}). ${message}`;
          } else {
            phase.textContent = message;
          }
          break;
        case "step_start":
          if (isTrue(event.remote)) {
            // A remote agent says only what it does next: the step before it is done, not judged.
            log.querySelectorAll('[data-state="running"]').forEach((item) => {
              item.dataset.state = "done";
              item.querySelector(".live-step-state").textContent = "Done";
            });
          }
          showStep(event.step_number, "running", "Running", message.replace(/^Executing step \d+: /, ""));
          break;
        case "streaming_url": {
          // Only a web address becomes a link: never javascript: or the like.
          const watchLink = panel.querySelector(".live-watch");
          const url = String(event.url || "");
          if (watchLink && /^https?:\/\//i.test(url)) {
            watchLink.querySelector("a").href = url;
            watchLink.hidden = false;
          }
          break;
        }
        case "notice":
          phase.textContent = message;
          break;
        case "step_complete": {
          if (isTrue(event.skipped)) {
            // An optional step whose condition was not shown: neither passed nor failed.
            showStep(event.step_number, "skipped", "Skipped", "", message.replace(/^Step \d+ /, ""));
            break;
          }
          const passed = isTrue(event.passed);
          const item = showStep(event.step_number, passed ? "passed" : "failed",
            passed ? "Passed" : "Failed", "", passed ? "" : message);
          if (passed && isTrue(event.healed)) showHealed(item, message);
          break;
        }
        case "eval_start":
          phase.textContent = "Judging the run…";
          break;
        case "eval_complete": {
          judged += 1;
          const passed = isTrue(event.passed);
          const counts = /(\d+)\/(\d+) steps/.exec(message);
          const said = counts ? ` — ${counts[1]} of ${counts[2]} steps passed` : "";
          phase.textContent = "Finished.";
          showVerdict(passed ? "passed" : "failed", (passed ? "Passed" : "Failed") + said);
          showDiagnosis(event);
          if (endOn === "eval_complete" && (passed || judged >= attempts)) {
            finish(passed ? "passed" : "failed");
          }
          break;
        }
        case "verdict": {
          const passed = isTrue(event.passed);
          const said = `${passed ? "Passed" : "Failed"} — ${event.steps_passed} of ${event.steps_total} steps passed`;
          phase.textContent = "Finished.";
          showVerdict(passed ? "passed" : "failed", event.error ? `${said}. ${event.error}` : said);
          finish(passed ? "passed" : "failed");
          break;
        }
        case "error":
          phase.textContent = "The run could not finish.";
          showVerdict("failed", `Error: ${message.replace(/^Pipeline error: /, "")}`);
          finish("error");
          break;
        case "cancelled":
          phase.textContent = "Finished.";
          showVerdict("cancelled", "Cancelled");
          finish("cancelled");
          break;
      }
    }

    source.onmessage = (message) => {
      if (finished) return;
      let event;
      try {
        event = JSON.parse(message.data);
      } catch {
        return;
      }
      if (runId && event.run_id !== runId) return; // another run of the same test
      handle(event);
    };

    source.onerror = () => {
      if (finished) return;
      // A live stream reconnects by itself and resumes after the last event seen;
      // a stream that runs the journey must not, or it would run it again.
      if (reconnects && source.readyState !== EventSource.CLOSED) return;
      source.close();
      watching.delete(watcher);
      phase.textContent = "Live updates stopped before the run finished. Reload the page to see how it ended.";
    };
  }

  function watchWithin(root) {
    if (!(root instanceof Element)) return;
    if (root.matches("[data-stream]")) watch(root);
    root.querySelectorAll("[data-stream]").forEach(watch);
  }

  // A panel swapped out of the page stops listening (and so stops an ad hoc run).
  function forgetRemoved() {
    for (const watcher of [...watching]) {
      if (!watcher.panel.isConnected) {
        watcher.source.close();
        watching.delete(watcher);
      }
    }
  }

  document.addEventListener("htmx:afterSwap", forgetRemoved);
  document.addEventListener("htmx:load", (event) => watchWithin(event.detail.elt));
  watchWithin(document.body);
})();
