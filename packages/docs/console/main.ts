// The request console of the reference page: a "Try it" button on every operation Redoc renders, opening a panel
// that sends the request and checks the answer against the spec. Reads the spec through the spec package's model,
// from the copy of the bundle embedded in the page; sends nothing until the reader presses Send.
import { createSpecModel, type OpenApiDocument, type Operation } from "@identitycall/openapi/model";
import { h } from "./dom.js";
import { openConsole } from "./panel.js";

const SPEC_ELEMENT_ID = "identitycall-console-spec";

function start() {
  const source = document.getElementById(SPEC_ELEMENT_ID)?.textContent;
  if (!source) return;
  const spec = createSpecModel(JSON.parse(source) as OpenApiDocument);
  const productionUrl = (spec.document.servers?.[0]?.url ?? "").replace(/\/$/, "");
  // Redoc names each operation's block after its tag and lower-cased operationId: `virtual-numbers/listvirtualnumbers`.
  const byBlockId = new Map<string, Operation>(spec.operations.map((operation) => [operation.operationId.toLowerCase(), operation]));

  function addButtons() {
    for (const block of document.querySelectorAll<HTMLElement>('[data-item-kind="httpItem"][id]')) {
      const operation = byBlockId.get(block.id.split("/").pop() ?? "");
      const heading = block.querySelector("h2");
      if (!operation || !heading || block.querySelector(".ic-try")) continue;
      const button = h(
        "button",
        { type: "button", class: "ic-try", "data-operation-id": operation.operationId, "aria-haspopup": "dialog" },
        "Try it",
      );
      button.addEventListener("click", () => openConsole(spec, operation, productionUrl, button));
      heading.parentElement?.append(button);
    }
  }

  // Redoc renders operations as the reader scrolls and navigates: buttons follow, once per frame at most.
  let scheduled = false;
  new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      addButtons();
    });
  }).observe(document.body, { childList: true, subtree: true });
  addButtons();
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
