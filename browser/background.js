// FocusApp's extension: installs the block's rules the app sends, lifts them when the app
// says so or when the block's end time passes (so a crashed app never leaves pages
// blocked), and reports the front tab's page (scheme, host and path only) to the app
// while a block runs.
// The app's side of the messages: focusapp/services/browser_link.py.
"use strict";

const api = globalThis.browser ?? globalThis.chrome;
const HOST = "com.focusapp.browser";
const LIFT = "focusapp-lift";
const RECONNECT = "focusapp-reconnect";
const NO_BLOCK = { rules: [], until: 0, page: {} };

let port = null;
let reported = null; // the last visit sent, so that a repeat is not sent again
let blocking = false; // pages are reported during a block only

function connect() {
  if (port) return;
  try {
    port = api.runtime.connectNative(HOST);
  } catch (error) {
    port = null; // no host installed: the alarm tries again
    return;
  }
  port.onMessage.addListener((message) => {
    if (message && message.type === "rules") applyBlock(message);
  });
  port.onDisconnect.addListener(() => {
    port = null;
    reported = null;
  });
  port.postMessage({ type: "hello", version: api.runtime.getManifest().version });
  reportFront();
}

// The blocked page is told which page it stands for, after its "#": the part of the URL the
// rule matched (scheme, host, path) and what followed it.
function carryingTheUrl(rule) {
  const redirect = rule.action.redirect;
  if (!redirect || !redirect.extensionPath) return rule;
  const target = api.runtime.getURL(redirect.extensionPath) + "#\\0";
  return { ...rule, action: { type: "redirect", redirect: { regexSubstitution: target } } };
}

// One block at a time: its rules replace whatever was installed.
async function applyBlock(block) {
  const installed = await api.declarativeNetRequest.getSessionRules();
  await api.declarativeNetRequest.updateSessionRules({
    removeRuleIds: installed.map((rule) => rule.id),
    addRules: (block.rules || []).map(carryingTheUrl),
  });
  await api.storage.local.set({ block });
  blocking = Boolean(block.rules && block.rules.length);
  reported = null;
  reportFront();
  await api.alarms.clear(LIFT);
  if (block.rules && block.rules.length && block.until) {
    api.alarms.create(LIFT, { when: block.until });
  }
  for (const tab of await api.tabs.query({})) sendAwayIfBlocked(tab.id, tab.url);
}

// The rules stop requests; a page already open when the block starts, or one a site shows
// without a request (LinkedIn goes to its feed with history.pushState), is sent to the
// blocked page here.
async function sendAwayIfBlocked(tabId, url) {
  if (!url || !/^https?:/.test(url)) return;
  const installed = await api.declarativeNetRequest.getSessionRules();
  const blocks = installed.some((rule) => rule.action.type === "redirect"
    && new RegExp(rule.condition.regexFilter, "i").test(url));
  if (blocks) await api.tabs.update(tabId, { url: api.runtime.getURL("blocked.html") + "#" + url });
}

// At every start of this script: a block whose end passed while nothing ran is lifted.
async function liftIfOver() {
  const { block } = await api.storage.local.get("block");
  if (block && block.until && block.until <= Date.now()) await applyBlock(NO_BLOCK);
}

function pageOf(url) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return "";
    return parsed.protocol + "//" + parsed.host + parsed.pathname; // no query, no fragment
  } catch (error) {
    return "";
  }
}

async function reportFront() {
  if (!port || !blocking) return;
  const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
  let url = tab && tab.url ? tab.url : "";
  const blocked = url.startsWith(api.runtime.getURL(""));
  if (blocked) url = url.slice(url.indexOf("#") + 1); // what it stands for
  const visit = { type: "visit", url: pageOf(url), blocked };
  const key = JSON.stringify(visit);
  if (key === reported || !port) return;
  reported = key;
  port.postMessage(visit);
}

api.tabs.onActivated.addListener(reportFront);
api.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url) sendAwayIfBlocked(tabId, change.url);
  if (change.url || change.status === "complete") reportFront();
});
api.windows.onFocusChanged.addListener(reportFront);
api.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === LIFT) applyBlock(NO_BLOCK);
  if (alarm.name === RECONNECT) connect();
});

api.alarms.create(RECONNECT, { periodInMinutes: 0.5 });
liftIfOver().then(connect);
