package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.BrowserFixture.join;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.Board;
import org.samskap.testing.Boards;
import org.samskap.testing.BrowserFixture;
import org.samskap.testing.BusClient;
import org.samskap.testing.Chromium;

/**
 * Issue 20, parts 2-4 in a real browser: edits made offline survive closing the tab and arrive
 * once (docs/PROTOCOL.md W1, W2), the connection state is shown on a phone-sized page (W4), and
 * a board past its member limit says so (J9). The limit is 2 here, so a third person is refused.
 */
class OfflineEditsBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture(Map.of("SAMSKAP_MAX_MEMBERS", "2"));

  @Test
  void five_edits_made_offline_survive_closing_the_page_and_arrive_once_W1_W2_W4() {
    JsonObject board = web.server().createBoard("Frisklivssentralen");
    String participant = board.getJsonObject("links").getString("participant");
    BrowserContext ctxA = web.contextA();
    Page a = Chromium.page(ctxA, "A");
    Page b = Chromium.page(web.contextB(), "B");
    join(a, participant, "Kari");
    join(b, participant, "Ola");

    // W4: the browser loses the network; the header says so at once.
    ctxA.setOffline(true);
    assertThat(a.locator("#conn-status")).hasAttribute("data-state", "offline");

    List<String> texts = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      String text = "Frakoblet idé " + i;
      texts.add(text);
      a.locator("#note-text").fill(text);
      a.locator("#add-form button[type=submit]").click();
    }
    assertThat(a.locator(".note.note--pending")).hasCount(5);
    assertThat(a.locator("#sync-status")).containsText("5");
    // W1: they are in durable storage, not only in the page.
    Object stored = a.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('samskap.outbox.'))"
        + ".map(k => JSON.parse(localStorage.getItem(k)).length)");
    assertEquals(List.of(5), stored, "one stored outbox with the five ops");
    assertThat(b.locator(".note")).hasCount(0);

    // The tab is closed without the edits being confirmed (Playwright skips beforeunload here).
    a.close();
    // The page itself comes over the network (there is no service worker), so the network
    // comes back before the board is opened again; the outbox left by the closed tab is then
    // adopted by the new page (W2) and re-sent with its clientOpIds.
    ctxA.setOffline(false);
    Page a2 = Chromium.page(ctxA, "A2");
    a2.navigate(participant);
    assertThat(a2.locator("#board")).isVisible();
    assertThat(a2.locator("#conn-status")).hasAttribute("data-state", "online");
    assertThat(a2.locator("#status")).containsText("5");

    for (String text : texts) assertThat(note(b, text)).hasCount(1);
    assertThat(b.locator(".note")).hasCount(5);
    assertThat(a2.locator(".note")).hasCount(5);
    assertThat(a2.locator(".note.note--pending")).hasCount(0);
    assertThat(a2.locator("#sync-status")).not().containsText("5");
    // Exactly once on the server too, not only on B's screen.
    // (A facilitator's join: facilitators are not counted against the member limit, J9.)
    Board b0 = Board.of(board);
    try (BusClient check = BusClient.connect(web.server().port())) {
      JsonArray notes = Boards.join(check, b0, b0.facilitator(), "Sjekk").getJsonObject("snapshot").getJsonArray("notes");
      assertEquals(5, notes.size(), notes.encode());
      for (String text : texts) {
        assertEquals(1, notes.stream().filter(n -> text.equals(((JsonObject) n).getString("text"))).count(), text);
      }
    }
    Object left = a2.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('samskap.outbox.')).length");
    assertEquals(0, ((Number) left).intValue(), "no stored outbox is left once all are confirmed");
  }

  @Test
  void the_connection_state_is_visible_on_a_phone_W4() {
    JsonObject board = web.server().createBoard("Mobil");
    BrowserContext phone = web.contextA();
    Page p = Chromium.page(phone, "phone");
    p.setViewportSize(360, 740);
    join(p, board.getJsonObject("links").getString("participant"), "Kari");
    assertThat(p.locator("#conn-status")).isInViewport();
    assertThat(p.locator("#conn-status")).isVisible();
    phone.setOffline(true);
    assertThat(p.locator("#conn-status")).hasAttribute("data-state", "offline");
    assertThat(p.locator("#conn-status")).hasText(Pattern.compile("\\S"));
    assertThat(p.locator("#conn-status")).isInViewport();
    phone.setOffline(false);
    assertThat(p.locator("#conn-status")).hasAttribute("data-state", "online");
  }

  @Test
  void leaving_with_unconfirmed_edits_asks_first_W5() {
    JsonObject board = web.server().createBoard("Forlat");
    BrowserContext ctx = web.contextA();
    Page p = Chromium.page(ctx, "leave");
    join(p, board.getJsonObject("links").getString("participant"), "Kari");
    ctx.setOffline(true);
    p.locator("#note-text").fill("Ikke lagret ennå");
    p.locator("#add-form button[type=submit]").click();
    assertThat(p.locator(".note.note--pending")).hasCount(1);
    List<String> dialogs = new ArrayList<>();
    p.onDialog(d -> {
      dialogs.add(d.type());
      d.dismiss();
    });
    p.close(new Page.CloseOptions().setRunBeforeUnload(true));
    p.waitForTimeout(300);
    assertEquals(List.of("beforeunload"), dialogs);
    assertTrue(!p.isClosed(), "dismissing the question keeps the page");
    ctx.setOffline(false);
  }

  @Test
  void a_full_board_refuses_the_next_person_with_a_page_message_J9() {
    JsonObject board = web.server().createBoard("Fullt");
    String participant = board.getJsonObject("links").getString("participant");
    Page a = Chromium.page(web.contextA(), "A");
    Page b = Chromium.page(web.contextB(), "B");
    join(a, participant, "Kari");
    join(b, participant, "Ola");

    Page c = Chromium.page(web.context("en-GB"), "C");
    c.navigate(participant);
    c.locator("#join-name").fill("Per");
    c.locator("#join-form button[type=submit]").click();
    assertThat(c.locator("#gate-message")).hasAttribute("data-i18n", "board.membersFull");
    assertThat(c.locator("#gate-message")).isVisible();
    assertThat(c.locator("#board")).isHidden();
    assertThat(c.locator("#conn-status")).hasAttribute("data-state", "offline");

    // People already on the board carry on.
    a.locator("#note-text").fill("Fortsatt her");
    a.locator("#add-form button[type=submit]").click();
    assertThat(note(b, "Fortsatt her")).isVisible();
  }

  private static Locator note(Page page, String text) {
    return page.locator(".note").filter(new Locator.FilterOptions().setHas(
        page.getByText(text, new Page.GetByTextOptions().setExact(true))));
  }
}
