import { expect, test } from "@playwright/test";
import { readMailto } from "../support/mailto";

test("the ready-to-send message opens the mail app with recipient, subject and body filled in", async ({
  page,
}) => {
  await page.goto("/actions/");
  await page.getByRole("link", { name: "Write to your elected officials" }).click();
  await expect(page.locator("h1")).toHaveText("Write to your elected officials");

  const sendLink = page.getByRole("link", { name: "Send this message" });
  const href = (await sendLink.getAttribute("href")) ?? "";
  expect(href).toMatch(/^mailto:/);
  expect(href).not.toContain("+");
  const { to, fields } = readMailto(href);
  const message = { to, subject: fields["subject"], body: fields["body"] };

  const shownRecipient = await page.locator("#message ~ div dd").first().innerText();
  expect(message.to).toEqual([shownRecipient.trim()]);
  expect(message.to[0]).toMatch(/@example\.org$/);
  const shownSubject = await page.locator("#message ~ div dd").nth(1).innerText();
  expect(message.subject).toBe(shownSubject.trim());
  expect(message.body).toContain("[Your name]");
  expect(message.body).toContain("\r\n");
});

test("the actions index lists active actions first, most important first", async ({ page }) => {
  await page.goto("/actions/");
  const titles = await page.locator("article h3").allInnerTexts();
  expect(titles[0]).toBe("Write to your elected officials");
  expect(titles.length).toBeGreaterThanOrEqual(5);
});

test("a statement ends with its demands and the actions it asks for", async ({ page }) => {
  await page.goto("/statements/");
  await page.locator("article h2 a").first().click();
  await expect(page.getByRole("heading", { name: "The demands of this statement" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What you can do" })).toBeVisible();
  await expect(page.locator("#statement-demands ~ div li")).not.toHaveCount(0);
});

test("an unknown address gets the helpful 404 page with a 404 status", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText("Page not found");
  await expect(page.getByRole("main").getByRole("link", { name: "Statements" })).toBeVisible();
});

test("a translated letter also offers the original, since officials may not read the translation", async ({
  page,
}) => {
  await page.goto("/actions/write-to-elected-officials/");
  const englishHref =
    (await page.getByRole("link", { name: "Send this message" }).getAttribute("href")) ?? "";
  await page.goto("/ar/actions/write-to-elected-officials/");
  const links = page.locator('section[aria-labelledby="message"] a[href^="mailto:"]');
  await expect(links).toHaveCount(2);
  const [translated, original] = await links.evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute("href")),
  );
  expect(readMailto(translated ?? "").fields["subject"]).not.toBe(readMailto(englishHref).fields["subject"]);
  expect(original).toBe(englishHref);
  await expect(links.nth(1)).toHaveAttribute("hreflang", "en");
});
