// The page shown instead of a blocked one: the One Thing and the time left, in the words
// the app sent with the rules (the user's language). It offers no way to end the block.
"use strict";

const api = globalThis.browser ?? globalThis.chrome;

function show(id, text) {
  document.getElementById(id).textContent = text || "";
}

function clock(seconds) {
  const minutes = Math.floor(seconds / 60);
  const rest = String(seconds % 60).padStart(2, "0");
  return minutes + ":" + rest;
}

function render(block) {
  const page = (block && block.page) || {};
  document.documentElement.lang = page.lang || "en";
  document.title = page.title || "FocusApp";
  const left = block && block.until ? Math.ceil((block.until - Date.now()) / 1000) : 0;
  const over = !block || !block.rules || !block.rules.length || left <= 0;
  show("title", over ? page.over : page.title);
  show("one-thing-label", over || !page.one_thing ? "" : page.one_thing_label);
  show("one-thing", over ? "" : page.one_thing);
  show("time-left", over ? "" : (page.time_left || "%1").replace("%1", clock(left)));
  show("how", over ? "" : page.how);
}

async function refresh() {
  const { block } = await api.storage.local.get("block");
  render(block);
}

api.storage.onChanged.addListener(refresh);
setInterval(refresh, 1000);
refresh();
