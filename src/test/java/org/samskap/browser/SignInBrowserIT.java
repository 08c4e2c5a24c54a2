package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.BrowserFixture;
import org.samskap.testing.Chromium;
import org.samskap.testing.OidcProvider;

/**
 * Staff sign-in in a real browser against a real OpenID Connect provider (docs/API.md S1-S5):
 * a staff member signs in, creates a board and is offered their name on joining it; a guest
 * joins by the participant link with no account; after sign-out the session is gone.
 */
class SignInBrowserIT {
  static final OidcProvider provider = OidcProvider.start();
  static final int port = OidcProvider.freePort();

  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture(provider.settings(port));

  @AfterAll
  static void stopProvider() {
    provider.close();
  }

  @Test
  @DisplayName("S1-S5: sign in, create a board, a guest joins by link with no account, sign out: /api/me anonymous and creating refused")
  void staff_sign_in_create_guest_join_sign_out() {
    String base = "http://localhost:" + port;
    provider.nextSignIn("sub-kari", Map.of("name", "Kari Nordmann", "email", "kari@kommune.no", "roles", List.of()));
    Page staff = Chromium.page(web.contextA(), "staff");
    staff.navigate(base + "/");
    assertThat(staff.locator("#staff-needed")).containsText("logge inn som ansatt");
    assertThat(staff.locator("#create-button")).isDisabled();

    staff.locator("#sign-in").click(); // to the provider and back
    assertThat(staff.locator("#signed-in-as")).hasText("Innlogget som Kari Nordmann");
    assertThat(staff.locator("#staff-needed")).isHidden();

    staff.locator("#board-title").fill("Trygg heim");
    staff.locator("#create-button").click();
    assertThat(staff.locator("#link-participant")).isVisible();
    String participant = staff.locator("#link-participant").inputValue();
    String facilitator = staff.locator("#link-facilitator").inputValue();

    Page guest = Chromium.page(web.contextB(), "guest"); // another browser, no account
    BrowserFixture.join(guest, participant, "Pårørende");
    assertEquals("anonymous", new JsonObject(guest.request().get(base + "/api/me").text()).getString("kind"));

    staff.navigate(facilitator);
    assertThat(staff.locator("#join-name")).hasValue("Kari Nordmann"); // identity offered on join
    staff.locator("#join-form button[type=submit]").click();
    assertThat(staff.locator("#board")).isVisible();

    staff.navigate(base + "/");
    staff.locator("#sign-out").click();
    staff.waitForURL(Pattern.compile(".*localhost:" + port + "/.*")); // back from the provider's end-session page
    assertThat(staff.locator("#sign-in")).isVisible();
    JsonObject me = new JsonObject(staff.request().get(base + "/api/me").text());
    assertEquals("anonymous", me.getString("kind"), "the session is gone");
    APIResponse create = staff.request().post(base + "/api/boards", RequestOptions.create()
        .setHeader("Origin", base).setHeader("Content-Type", "application/json")
        .setData("{\"kind\":\"ideas\",\"title\":\"Etter utlogging\"}"));
    assertEquals(401, create.status(), "creating is refused after sign-out");
    assertThat(staff.locator("#create-button")).isDisabled();
  }
}
