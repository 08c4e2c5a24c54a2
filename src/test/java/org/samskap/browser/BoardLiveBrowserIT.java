package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.testing.BrowserFixture.join;
import static org.samskap.testing.BrowserFixture.screenshot;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocketFrame;
import com.microsoft.playwright.WebSocketRoute;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.Axe;
import org.samskap.testing.BrowserFixture;
import org.samskap.testing.Chromium;

/**
 * The web app in a real browser against a real server: two people on one idea board see each
 * other's edits live, the pages pass axe-core's WCAG 2.1 AA rules, and a board made through
 * the landing page works.
 */
class BoardLiveBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  @Test
  void two_pages_see_each_others_edits_live() {
    JsonObject board = web.server().createBoard("Bedre hjemmetjenester");
    Page a = Chromium.page(web.contextA(), "A");
    Page b = Chromium.page(web.contextB(), "B");
    join(a, board.getJsonObject("links").getString("facilitator"), "Kari");
    join(b, board.getJsonObject("links").getString("participant"), "Ola");

    // A adds a note; B sees it.
    addNote(a, "Flere benker langs turveien");
    Locator noteOnA = note(a, "Flere benker langs turveien");
    Locator noteOnB = note(b, "Flere benker langs turveien");
    assertThat(noteOnB).isVisible();
    assertThat(noteOnA).not().hasClass(Pattern.compile("note--pending"));
    int x0 = Integer.parseInt(noteOnA.getAttribute("data-x"));
    int y0 = Integer.parseInt(noteOnA.getAttribute("data-y"));
    assertThat(noteOnB).hasAttribute("data-x", String.valueOf(x0));

    // B moves it with the keyboard; A sees the new position.
    noteOnB.focus();
    noteOnB.press("ArrowRight");
    noteOnB.press("ArrowRight");
    noteOnB.press("ArrowRight");
    noteOnB.press("Shift+ArrowDown");
    assertThat(noteOnB).hasAttribute("data-x", String.valueOf(x0 + 30));
    assertThat(noteOnA).hasAttribute("data-x", String.valueOf(x0 + 30));
    assertThat(noteOnA).hasAttribute("data-y", String.valueOf(y0 + 50));
    assertThat(noteOnA).hasCSS("left", (x0 + 30) + "px");
    assertThat(noteOnB).not().hasClass(Pattern.compile("note--pending"));

    // B edits the text (Enter opens the editor); A sees the new text.
    noteOnB.focus();
    noteOnB.press("Enter");
    Locator editText = b.locator("#note-editor");
    assertThat(editText).isFocused();
    editText.fill("Flere benker og bedre lys langs turveien");
    b.locator(".note__save").click();
    assertThat(note(a, "Flere benker og bedre lys langs turveien")).isVisible();
    assertThat(a.locator(".note")).hasCount(1);

    // Both pages show both people.
    assertThat(a.locator("#presence-list li")).hasCount(2);
    assertThat(b.locator("#presence-list li")).hasCount(2);
    assertThat(a.locator("#presence-list")).containsText("Ola");
    assertThat(b.locator("#presence-list")).containsText("Kari");
    assertThat(a.locator("#sync-status")).hasText(Pattern.compile("lagret"));
    assertThat(a.locator("#rename-board")).isVisible();
    assertThat(b.locator("#rename-board")).isHidden();
    screenshot(a, "live-a.png");
    screenshot(b, "live-b.png");

    // A drags the note with the mouse; B sees it move.
    Locator moved = note(a, "Flere benker og bedre lys langs turveien");
    Locator movedOnB = note(b, "Flere benker og bedre lys langs turveien");
    com.microsoft.playwright.options.BoundingBox box = moved.locator(".note__text").boundingBox();
    a.mouse().move(box.x + 10, box.y + 5);
    a.mouse().down();
    a.mouse().move(box.x + 60, box.y + 45, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
    a.mouse().move(box.x + 110, box.y + 85, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
    a.mouse().up();
    assertThat(movedOnB).hasAttribute("data-x", String.valueOf(x0 + 30 + 100));
    assertThat(movedOnB).hasAttribute("data-y", String.valueOf(y0 + 50 + 80));

    // B deletes it with the Delete key, after saying yes; A sees it go.
    movedOnB.focus();
    movedOnB.press("Delete");
    assertThat(b.locator("#confirm-dialog")).isVisible();
    assertThat(b.locator("#confirm-no")).isFocused();
    b.locator("#confirm-yes").click();
    assertThat(a.locator(".note")).hasCount(0);
    assertThat(b.locator(".note")).hasCount(0);
  }

  @Test
  void landing_page_and_board_with_a_note_and_a_cluster_have_no_axe_violations() {
    Page home = Chromium.page(web.contextA(), "home");
    home.navigate(web.server().baseUrl() + "/");
    assertThat(home.locator("h1")).hasText("Samskap");
    Axe.assertNoViolations(home, "landing page");

    JsonObject board = web.server().createBoard("Universell utforming");
    Page page = Chromium.page(web.contextB(), "board");
    join(page, board.getJsonObject("links").getString("facilitator"), "Kari");
    page.locator("#cluster-label").fill("Trygghet");
    page.locator("#cluster-form button[type=submit]").click();
    assertThat(page.locator("#cluster-list .cluster")).hasCount(1);
    assertThat(page.locator("#note-cluster option")).hasCount(2);
    page.locator("#note-cluster").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Trygghet"));
    page.locator("#note-color").selectOption("green");
    addNote(page, "Nattlys i gangen");
    Locator n = note(page, "Nattlys i gangen");
    assertThat(n).not().hasClass(Pattern.compile("note--pending"));
    assertThat(n).containsText("Trygghet");
    assertThat(page.locator("#cluster-list .cluster__notes li")).hasText("Nattlys i gangen");
    Axe.assertNoViolations(page, "board page");

    // The edit dialog too, and the narrow (320 px) layout.
    n.focus();
    n.press("Enter");
    assertThat(page.locator(".note__editor")).isVisible();
    Axe.assertNoViolations(page, "board page with the edit dialog open");
    page.locator(".note__cancel").click();
    page.setViewportSize(320, 800);
    Axe.assertNoViolations(page, "board page at 320 px");
    screenshot(page, "board-320.png");
  }

  @Test
  void a_board_created_on_the_landing_page_opens_and_works() {
    Page page = Chromium.page(web.contextA(), "home");
    page.navigate(web.server().baseUrl() + "/");
    page.getByLabel(Pattern.compile("Navn på tavla")).fill("Verksted i Ålesund");
    page.locator("#create-button").click();

    Locator facilitator = page.locator("#link-facilitator");
    Locator participant = page.locator("#link-participant");
    assertThat(facilitator).isVisible();
    assertThat(facilitator).hasValue(Pattern.compile("^http://[^/]+/b/[A-Za-z0-9_-]+#t=[A-Za-z0-9_-]+$"));
    assertThat(participant).hasValue(Pattern.compile("^http://[^/]+/b/[A-Za-z0-9_-]+#t=[A-Za-z0-9_-]+$"));
    String facilitatorLink = facilitator.inputValue();
    assertTrue(!facilitatorLink.equals(participant.inputValue()), "the two links differ");

    page.locator("#copy-participant").click();
    assertThat(page.locator("#copy-result")).isVisible();
    screenshot(page, "home-links.png");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
    assertThat(page.locator("html")).hasAttribute("lang", "en");
    assertThat(page.locator("#open-board")).hasText("Open the board as facilitator");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bokmål")).click();
    assertThat(page.locator("html")).hasAttribute("lang", "nb");

    Locator open = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Åpne tavla som fasilitator"));
    assertThat(open).hasAttribute("href", facilitatorLink);
    open.click();
    page.waitForURL(Pattern.compile(".*/b/.*"));
    page.locator("#join-name").fill("Fasilitator");
    page.locator("#join-form button[type=submit]").click();
    assertThat(page.locator("#conn-status")).hasAttribute("data-state", "online");
    assertThat(page.locator("#board-title")).hasText("Verksted i Ålesund");
    assertThat(page.locator("#rename-board")).isVisible();
    addNote(page, "Første idé");
    assertThat(note(page, "Første idé")).not().hasClass(Pattern.compile("note--pending"));

    // A reload keeps the board (the token is kept for the tab) and the note.
    page.reload();
    assertThat(page.locator("#conn-status")).hasAttribute("data-state", "online");
    assertThat(note(page, "Første idé")).isVisible();
  }

  @Test
  void an_op_whose_reply_is_lost_and_a_move_made_offline_are_each_saved_once_after_reconnect() {
    lostReplyThenOfflineMove(false);
  }

  @Test
  void unsent_ops_survive_a_reload_while_offline_and_are_saved_once() {
    lostReplyThenOfflineMove(true);
  }

  @Test
  void a_link_with_a_wrong_token_says_the_link_does_not_work() {
    JsonObject board = web.server().createBoard("Lukket tavle");
    Page page = Chromium.page(web.contextB(), "wrong");
    page.navigate(web.server().baseUrl() + "/b/" + board.getString("id") + "#t=not-the-token");
    page.locator("#join-name").fill("Per");
    page.locator("#join-form button[type=submit]").click();
    assertThat(page.locator("#gate-message")).hasText(Pattern.compile("does not open this board"));
    assertThat(page.locator("#board")).isHidden();
    assertThat(page.locator("#conn-status")).hasAttribute("data-state", "offline");
  }

  @Test
  void a_note_over_2000_characters_is_stopped_with_a_message_in_plain_words() {
    JsonObject board = web.server().createBoard("Lange lapper");
    Page page = Chromium.page(web.contextB(), "long");
    join(page, board.getJsonObject("links").getString("participant"), "Liv");
    page.locator("#note-text").fill("x".repeat(2001));
    assertThat(page.locator("#note-count")).hasText("2001 of 2000 characters – 1 too many");
    page.locator("#add-form button[type=submit]").click();
    assertThat(page.locator("#note-error")).hasText("Note is too long (max 2000 characters).");
    assertThat(page.locator(".note")).hasCount(0);
    page.locator("#note-text").press("Backspace");
    page.locator("#add-form button[type=submit]").click();
    assertThat(page.locator(".note")).hasCount(1);
    assertThat(page.locator(".note")).not().hasClass(Pattern.compile("note--pending"));
  }

  /**
   * Page A's socket runs through a relay. The relay first swallows everything the server
   * sends (so A's note.create is applied but A never hears so), then cuts the socket and
   * refuses new ones while A moves the note. When sockets are let through again, A re-sends
   * both ops with their clientOpIds: B must see one note, at the moved position.
   */
  private void lostReplyThenOfflineMove(boolean reloadWhileOffline) {
    JsonObject board = web.server().createBoard("Gjenoppkobling");
    AtomicBoolean mute = new AtomicBoolean(false);
    AtomicBoolean refuse = new AtomicBoolean(false);
    List<WebSocketRoute> pageSockets = new CopyOnWriteArrayList<>();
    Page a = Chromium.page(web.contextA(), "A");
    a.routeWebSocket(Pattern.compile(".*/eventbus/websocket(\\?.*)?$"), ws -> {
      if (refuse.get()) {
        ws.close();
        return;
      }
      WebSocketRoute toServer = ws.connectToServer();
      ws.onMessage(f -> relay(f, toServer));
      toServer.onMessage(f -> {
        if (!mute.get()) relay(f, ws);
      });
      pageSockets.add(ws);
    });
    Page b = Chromium.page(web.contextB(), "B");
    join(a, board.getJsonObject("links").getString("participant"), "Anne");
    join(b, board.getJsonObject("links").getString("facilitator"), "Bo");

    mute.set(true);
    addNote(a, "Bare én gang");
    Locator onB = note(b, "Bare én gang");
    assertThat(onB).isVisible();
    assertThat(note(a, "Bare én gang")).hasClass(Pattern.compile("note--pending"));
    int y0 = Integer.parseInt(onB.getAttribute("data-y"));

    refuse.set(true);
    mute.set(false);
    pageSockets.forEach(WebSocketRoute::close);
    assertThat(a.locator("#conn-status")).not().hasAttribute("data-state", "online");
    Locator onA = note(a, "Bare én gang");
    onA.focus();
    onA.press("ArrowDown");
    onA.press("ArrowDown");
    assertThat(onA).hasAttribute("data-y", String.valueOf(y0 + 20));
    assertThat(a.locator("#sync-status")).hasText(Pattern.compile("Lagrer"));
    if (reloadWhileOffline) {
      // The unsent ops wait in localStorage (PROTOCOL.md W1); the board shows again once the page can join.
      a.reload();
      assertThat(a.locator("#board")).isHidden();
    }

    refuse.set(false);
    assertThat(a.locator("#conn-status")).hasAttribute("data-state", "online", new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
    assertThat(onB).hasAttribute("data-y", String.valueOf(y0 + 20));
    assertThat(b.locator(".note")).hasCount(1);
    assertThat(a.locator(".note")).hasCount(1);
    assertThat(note(a, "Bare én gang")).not().hasClass(Pattern.compile("note--pending"));
    assertThat(a.locator("#sync-status")).hasText("Alt er lagret");
    // And the next edit goes straight through.
    onA.press("ArrowRight");
    assertThat(onB).hasAttribute("data-x", String.valueOf(Integer.parseInt(onA.getAttribute("data-x"))));
  }

  private static void relay(WebSocketFrame frame, WebSocketRoute to) {
    if (frame.binary() != null) to.send(frame.binary());
    else to.send(frame.text());
  }

  // ---- helpers ----

  private static void addNote(Page page, String text) {
    page.locator("#note-text").fill(text);
    page.locator("#add-form button[type=submit]").click();
  }

  private static Locator note(Page page, String text) {
    return page.locator(".note").filter(new Locator.FilterOptions().setHas(
        page.getByText(text, new Page.GetByTextOptions().setExact(true))));
  }

}
