// Loads every page of a site written by `lchnv site` in the system's Chromium and fails on a
// console error, a broken internal link or anchor, a WCAG 2.1 AA violation found by axe-core,
// or a page whose text lacks what the source says. Keeps screenshots of the start page and of
// one meeting's minutes.
//
// node check-site.mjs SITE_DIR SCREENSHOT_DIR EXPECTATIONS.json
//
// EXPECTATIONS.json: { "pages": { "beslut.html": ["text", ...] },
//                      "filter": { "page": "beslut.html", "query": "...", "visible": N },
//                      "screenshots": { "start.png": "index.html", ... } }

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const [siteDir, shotDir, expectFile] = process.argv.slice(2);
if (!siteDir || !shotDir || !expectFile) {
  console.error("usage: node check-site.mjs SITE_DIR SCREENSHOT_DIR EXPECTATIONS.json");
  process.exit(2);
}
const site = path.resolve(siteDir);
const expect = JSON.parse(fs.readFileSync(expectFile, "utf8"));
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const chromium = process.env.CHROMIUM || "/usr/bin/chromium";

const problems = [];
let checks = 0;
function check(ok, message) {
  checks += 1;
  if (!ok) {
    problems.push(message);
  }
}

const pages = fs.readdirSync(site).filter((f) => f.endsWith(".html")).sort();
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lchnv-chromium-"));
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  userDataDir: profile,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
  ],
});

const ids = new Map();
const links = [];
const normalise = (text) => text.replace(/\s+/g, " ").trim();

try {
  for (const name of pages) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    page.on("console", (message) => {
      if (message.type() === "error") {
        problems.push(`${name}: console error: ${message.text()}`);
      }
    });
    page.on("pageerror", (error) => problems.push(`${name}: script error: ${error.message}`));
    page.on("requestfailed", (request) =>
      problems.push(`${name}: could not load ${request.url()}`),
    );
    const url = pathToFileURL(path.join(site, name)).href;
    await page.goto(url, { waitUntil: "load" });

    const found = await page.evaluate(() => ({
      ids: Array.from(document.querySelectorAll("[id]"), (e) => e.id),
      links: Array.from(document.querySelectorAll("a[href]"), (a) => a.getAttribute("href")),
      lang: document.documentElement.lang,
      headings: Array.from(document.querySelectorAll("h1,h2,h3,h4,h5,h6"), (h) => Number(h.tagName[1])),
      main: document.querySelectorAll("main").length,
      text: document.body.innerText,
    }));
    ids.set(name, new Set(found.ids));
    for (const href of found.links) {
      links.push({ from: name, href });
    }
    check(found.lang === "sv", `${name}: lang is "${found.lang}", not "sv"`);
    check(found.main === 1, `${name}: ${found.main} <main> landmarks`);
    check(found.headings[0] === 1, `${name}: the first heading is not an h1`);
    for (let i = 1; i < found.headings.length; i += 1) {
      check(
        found.headings[i] <= found.headings[i - 1] + 1,
        `${name}: heading h${found.headings[i]} follows h${found.headings[i - 1]}`,
      );
    }
    const text = normalise(found.text);
    for (const wanted of (expect.pages || {})[name] || []) {
      check(text.includes(normalise(wanted)), `${name}: the page does not say "${wanted}"`);
    }

    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() =>
      // eslint-disable-next-line no-undef
      axe.run(document, { preload: false, runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
    );
    check(result.violations.length === 0, `${name}: WCAG AA: ${result.violations
      .map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 2).map((n) => n.target.join(" ")).join(", ")}`)
      .join("; ")}`);

    const filter = expect.filter;
    if (filter && filter.page === name) {
      await page.type("#q", filter.query);
      const visible = await page.evaluate(
        () => document.querySelectorAll("[data-decision]:not([hidden])").length,
      );
      check(visible === filter.visible, `${name}: the filter "${filter.query}" shows ${visible} decisions, not ${filter.visible}`);
    }
    await page.close();
  }

  for (const { from, href } of links) {
    if (/^[a-z]+:/i.test(href)) {
      check(false, `${from}: links outside the site: ${href}`);
      continue;
    }
    const [file, anchor] = href.split("#");
    const target = file === "" ? from : path.posix.normalize(path.posix.join(path.posix.dirname(from), file));
    check(fs.existsSync(path.join(site, target)), `${from}: broken link ${href}`);
    if (anchor !== undefined && target.endsWith(".html")) {
      check(
        (ids.get(target) || new Set()).has(decodeURIComponent(anchor)),
        `${from}: no anchor #${anchor} in ${target}`,
      );
    }
  }

  fs.mkdirSync(shotDir, { recursive: true });
  for (const [file, name] of Object.entries(expect.screenshots || {})) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(pathToFileURL(path.join(site, name)).href, { waitUntil: "load" });
    await page.screenshot({ path: path.join(shotDir, file), fullPage: !file.includes("top") });
    await page.close();
  }
} finally {
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

for (const problem of problems) {
  console.log(`FAIL ${problem}`);
}
console.log(`site: ${pages.length} pages, ${links.length} links`);
console.log(`${checks - problems.length} passed, ${problems.length} failed`);
process.exit(problems.length === 0 ? 0 : 1);
