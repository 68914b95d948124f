// SPDX-License-Identifier: GPL-3.0-or-later
// browser_voting: three participants join the voting page in headless Chromium, answer every
// comparison with the slider as a person would, and the server's aggregate (the `aggregate:`
// lines of `partnerscope vote-server`) must equal the AIJ of their three matrices computed here
// independently. Then a placement vote: hidden until revealed, then the distribution.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

const binary = process.argv[2];
const require = createRequire(join(process.env.PS_NODE_MODULES, "package.json"));
const puppeteer = require("puppeteer-core");
const temp = mkdtempSync(join(tmpdir(), "ps-browser-"));
let server = null;
let browser = null;
let failures = 0;

function check(condition, message) {
  if (condition) {
    console.log(`PASS   : ${message}`);
  } else {
    console.log(`FAIL!  : ${message}`);
    failures += 1;
  }
}

// Slider positions, -8..8, per comparison in the page's order: potential (0,1) (0,2) (0,3)
// (1,2) (1,3) (2,3), then readiness likewise. Negative: the left criterion matters more.
const participants = {
  Ada: [-2, -4, 0, -2, 2, 1, -1, -3, -5, -2, -4, -2],
  Bob: [1, -2, -6, -3, -1, 2, 0, -2, -2, -1, -1, 0],
  "Cy Ünal": [-4, 0, -2, 3, 0, -1, 2, 1, -3, 0, -2, -3],
};
const fromSlider = (p) => (p <= 0 ? 1 - p : 1 / (1 + p));
const pairs = [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]];
// The criteria keys of the API, in the page's order (docs/workshop.md).
const criteria = {
  potential: ["icp_influence", "market_reach", "commercial_contribution", "strategic_fit"],
  readiness: ["capability", "commitment", "enablement", "cost_to_serve"],
};

// Independent of the C++ code: the geometric mean of the judgments, then power iteration.
function aij(positions, group) {
  const m = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  for (const list of positions) {
    pairs.forEach(([a, b], k) => {
      const v = fromSlider(list[group * 6 + k]);
      m[a][b] += Math.log(v) / positions.length;
      m[b][a] -= Math.log(v) / positions.length;
    });
  }
  const g = m.map((row) => row.map(Math.exp));
  let w = [0.25, 0.25, 0.25, 0.25];
  for (let i = 0; i < 2000; ++i) {
    const next = g.map((row) => row.reduce((s, x, j) => s + x * w[j], 0));
    const total = next.reduce((s, x) => s + x, 0);
    w = next.map((x) => x / total);
  }
  return w;
}

function startServer(portfolio) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ["vote-server", portfolio, "--port", "0", "--bind", "127.0.0.1"],
      { stdio: ["pipe", "pipe", "inherit"], env: { ...process.env, QT_QPA_PLATFORM: "offscreen" } });
    const state = { child, url: null, aggregates: [], output: "" };
    let buffer = "";
    child.stdout.on("data", (chunk) => {
      buffer += chunk.toString();
      state.output += chunk.toString();
      let newline;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        const url = line.match(/^Join URL: (\S+)/);
        if (url && !state.url) {
          state.url = url[1];
          resolve(state);
        }
        if (line.startsWith("aggregate: ")) state.aggregates.push(JSON.parse(line.slice(11)));
      }
    });
    child.on("exit", (code) => reject(new Error(`vote-server exited early with ${code}`)));
    setTimeout(() => reject(new Error("vote-server printed no join URL in 60 s")), 60000);
  });
}

async function answer(page, name, positions) {
  await page.goto(server.url, { waitUntil: "load" });
  const code = await page.$eval("#code", (e) => e.value);
  check(code.length === 6, `${name}: the join code comes from the link (${code})`);
  await page.type("#name", name);
  await page.click("#joinButton");
  await page.waitForFunction(() => !document.getElementById("compare").hidden, { timeout: 30000 });
  for (let i = 0; i < positions.length; ++i) {
    await page.waitForFunction((n) => !document.getElementById("compare").hidden &&
      document.getElementById("progress").textContent.startsWith(`Comparison ${n} `),
    { timeout: 30000 }, i + 1);
    // As a person with a keyboard would: to the far left, then step right.
    await page.focus("#slider");
    await page.keyboard.press("Home");
    for (let k = 0; k < positions[i] + 8; ++k) await page.keyboard.press("ArrowRight");
    const value = await page.$eval("#slider", (e) => Number(e.value));
    if (value !== positions[i]) check(false, `${name}: slider at ${value}, wanted ${positions[i]}`);
    if (process.env.PS_SCREENSHOT && i === 2) await page.screenshot({ path: `${process.env.PS_SCREENSHOT}-${name[0]}-compare.png` });
    await page.click("#next");
    if (i === 5 || i === 11) {
      await page.waitForFunction(() => !document.getElementById("summary").hidden,
        { timeout: 30000 });
      const cr = await page.$eval("#crText", (e) => e.textContent);
      check(/consistency ratio is \d\.\d\d/.test(cr), `${name}: sees their own CR ("${cr}")`);
      if (process.env.PS_SCREENSHOT) await page.screenshot({ path: `${process.env.PS_SCREENSHOT}-${name[0]}-summary${i}.png` });
      await page.click("#continue");
    }
  }
  await page.waitForFunction(() => !document.getElementById("done").hidden, { timeout: 30000 });
}

async function main() {
  const portfolio = join(temp, "demo.partnerscope");
  execFileSync(binary, ["demo", "-o", portfolio], { env: { ...process.env, QT_QPA_PLATFORM: "offscreen" } });
  server = await startServer(portfolio);
  check(/^http:\/\/127\.0\.0\.1:\d+\/#[A-Z2-9]{6}$/.test(server.url), `join URL ${server.url}`);
  browser = await puppeteer.launch({
    executablePath: process.env.PS_CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      `--user-data-dir=${join(temp, "profile")}`],
  });
  const pages = [];
  const problems = [];
  for (const [name, positions] of Object.entries(participants)) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
    page.on("pageerror", (e) => problems.push(`${name}: ${e.message}`));
    page.on("console", (m) => { if (m.type() === "error") problems.push(`${name}: ${m.text()}`); });
    await answer(page, name, positions);
    pages.push(page);
  }
  if (process.env.PS_SCREENSHOT) await pages[0].screenshot({ path: process.env.PS_SCREENSHOT });

  // The server's aggregate once all three have answered everything.
  const deadline = Date.now() + 30000;
  let last = null;
  while (Date.now() < deadline) {
    last = server.aggregates.at(-1);
    if (last && last.groups.every((g) => g.complete === 3)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  check(last && last.groups.every((g) => g.complete === 3), "the server counts three complete participants");
  const lists = Object.values(participants);
  ["potential", "readiness"].forEach((key, group) => {
    const serverGroup = last.groups.find((g) => g.key === key);
    const weights = criteria[key].map((k) => serverGroup.aij.weights[k]);
    const expected = aij(lists, group);
    const worst = Math.max(...weights.map((w, i) => Math.abs(w - expected[i])));
    check(weights.length === 4 && worst < 1e-9,
      `${key}: server AIJ ${weights.map((w) => w.toFixed(4)).join(" ")} equals the AIJ computed here (max difference ${worst.toExponential(1)})`);
    check(serverGroup.participants.length === 3, `${key}: three participants' CRs reported`);
  });

  // A placement vote: it appears on the phones, stays hidden, then shows the distribution.
  server.child.stdin.write("spotlight Acme Unified Partner\n");
  await pages[0].waitForFunction(() => !document.getElementById("vote").hidden, { timeout: 30000 });
  const partner = await pages[0].$eval("#partner", (e) => e.textContent);
  check(partner === "Acme Unified Partner", `the vote screen names the partner (${partner})`);
  await pages[0].click('button[data-choice="invest"]');
  await pages[0].waitForFunction(() => document.getElementById("voteStatus").textContent.includes("Invest"), { timeout: 30000 });
  const hidden = await pages[0].$eval("#distribution", (e) => e.textContent);
  check(hidden === "", "votes stay hidden before the reveal");
  server.child.stdin.write("reveal\n");
  await pages[0].waitForFunction(() => document.getElementById("distribution").textContent.includes("Invest: 1"), { timeout: 30000 });
  check(true, "after the reveal the phone shows the distribution");
  check(problems.length === 0, `no script errors or policy violations (${problems.join("; ")})`);
}

try {
  await main();
} catch (e) {
  check(false, `the run finished (${e.stack || e})`);
} finally {
  if (browser) await browser.close();
  if (server) {
    const exited = new Promise((r) => server.child.once("exit", (code) => r(code)));
    server.child.kill("SIGTERM");
    const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r("timeout"), 5000))]);
    check(code === 0, `vote-server stops on SIGTERM with status 0 (${code})`);
    if (code === "timeout") server.child.kill("SIGKILL");
  }
  rmSync(temp, { recursive: true, force: true });
}
console.log(failures === 0 ? "browser_voting: all checks passed" : `browser_voting: ${failures} checks failed`);
process.exit(failures === 0 ? 0 : 1);
