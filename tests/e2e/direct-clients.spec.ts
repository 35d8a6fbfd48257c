import { CLIENT_ADDRESS_HEADER } from "../../lib/auth/client-address";
import { expect as baseExpect, test } from "./support/test";
import { startInstance } from "./support/extra-instance";
import { signIn } from "./support/sign-in";

// A server facing its clients directly, as `npm start` runs it (TRUST_PROXY unset): the limits
// count each client by the connection's address, and nothing a request says changes that. The
// suite's own server trusts X-Forwarded-For, as behind a proxy, so this runs on one of its own.
const expect = baseExpect.configure({ timeout: 45_000 });

let direct: Awaited<ReturnType<typeof startInstance>> | undefined;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  direct = await startInstance({ TRUST_PROXY: "0" });
});

test.afterAll(async () => {
  await direct?.stop();
});

test("failed sign-ins are limited per connection address, whatever the headers claim", async ({ browser }) => {
  test.setTimeout(300_000); // 21 sign-ins, each waiting as long as a scrypt hash by design
  const context = await browser.newContext({ baseURL: direct!.url });
  const page = await context.newPage();
  for (let attempt = 1; attempt <= 20; attempt++) {
    await page.setExtraHTTPHeaders({
      "X-Forwarded-For": `192.0.2.${attempt}`,
      [CLIENT_ADDRESS_HEADER]: `198.51.100.${attempt}`,
    });
    await signIn(page, `diretto-${attempt}@test.local`, "password-sbagliata");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("E-mail o password non corretti.");
  }
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "192.0.2.99", [CLIENT_ADDRESS_HEADER]: "198.51.100.99" });
  await signIn(page, "diretto-ultimo@test.local", "password-sbagliata");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Troppi tentativi");
  await context.close();
});
