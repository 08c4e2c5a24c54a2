package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samskap.testing.BrowserFixture.join;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.BrowserFixture;
import org.samskap.testing.Chromium;

/**
 * Issue 20, part 1 in a real browser: personal undo and redo with two people on one idea board
 * (docs/PROTOCOL.md U1, U3-U5, U7, U9). A changes a note with the page's own controls and takes
 * the changes back with the buttons and the keys; B sees each step live.
 */
class UndoBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  @Test
  void A_undoes_and_redoes_their_own_move_edit_and_delete_with_buttons_and_keys_and_B_sees_each_U3_U4_U7_U9() {
    JsonObject board = web.server().createBoard("Angre");
    String link = board.getJsonObject("links").getString("participant");
    Page a = Chromium.page(web.contextA(), "A");
    Page b = Chromium.page(web.contextB(), "B");
    join(a, link, "Kari");
    join(b, link, "Ola");

    // U9: the buttons have accessible names in the page's language.
    Locator undo = a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Angre").setExact(true));
    Locator redo = a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gjør om").setExact(true));
    assertThat(undo).isVisible();
    assertThat(redo).isVisible();

    String id = addNote(a, "Benk ved inngangen");
    Locator onA = a.locator(".note[data-id='" + id + "']");
    Locator onB = b.locator(".note[data-id='" + id + "']");
    assertThat(onB).isVisible();
    int x0 = Integer.parseInt(onA.getAttribute("data-x"));
    int y0 = Integer.parseInt(onA.getAttribute("data-y"));

    // A moves it (one keyboard step), edits it and deletes it; B sees each.
    onA.focus();
    onA.press("Shift+ArrowDown");
    assertThat(onB).hasAttribute("data-y", String.valueOf(y0 + 50));
    onA.focus();
    onA.press("Enter");
    a.locator("#note-editor").fill("Benk med ryggstø ved inngangen");
    a.locator(".note__save").click();
    assertThat(onB.locator(".note__text")).hasText("Benk med ryggstø ved inngangen");
    onA.focus();
    onA.press("Delete");
    a.locator("#confirm-yes").click();
    assertThat(b.locator(".note")).hasCount(0);

    // Undo with the button: the note comes back with its id, its edited text and its place (U7).
    undo.click();
    assertThat(onB).isVisible();
    assertThat(onB.locator(".note__text")).hasText("Benk med ryggstø ved inngangen");
    assertThat(onB).hasAttribute("data-y", String.valueOf(y0 + 50));
    assertThat(a.locator("#status")).hasText("Endringen din er angret.");
    assertThat(a.locator("#alert")).hasText("");

    // Undo with Ctrl+Z (focus on the page, not in a text field): the edit, then the move.
    a.locator("body").press("Control+z");
    assertThat(onB.locator(".note__text")).hasText("Benk ved inngangen");
    a.locator("body").press("Control+z");
    assertThat(onB).hasAttribute("data-y", String.valueOf(y0));
    assertThat(onB).hasAttribute("data-x", String.valueOf(x0));

    // Redo with Ctrl+Shift+Z, Ctrl+Y and the button: the move, the edit, the delete.
    a.locator("body").press("Control+Shift+z");
    assertThat(onB).hasAttribute("data-y", String.valueOf(y0 + 50));
    a.locator("body").press("Control+y");
    assertThat(onB.locator(".note__text")).hasText("Benk med ryggstø ved inngangen");
    redo.click();
    assertThat(b.locator(".note")).hasCount(0);
    assertThat(a.locator(".note")).hasCount(0);
    assertThat(a.locator("#status")).hasText("Endringen din er gjort om.");

    // Nothing left to redo: said politely, nothing changes (U4).
    redo.click();
    assertThat(a.locator("#status")).hasText("Du har ingenting å gjøre om.");
    assertThat(a.locator("#alert")).hasText("");
    assertThat(b.locator(".note")).hasCount(0);
  }

  @Test
  void A_s_undo_after_B_moved_the_same_note_is_skipped_with_a_message_and_B_s_move_stands_U5() {
    JsonObject board = web.server().createBoard("Konflikt");
    String link = board.getJsonObject("links").getString("participant");
    Page a = Chromium.page(web.contextA(), "A");
    Page b = Chromium.page(web.contextB(), "B");
    join(a, link, "Kari");
    join(b, link, "Ola");

    String id = addNote(a, "Mer lys i gangen");
    Locator onA = a.locator(".note[data-id='" + id + "']");
    Locator onB = b.locator(".note[data-id='" + id + "']");
    int x0 = Integer.parseInt(onA.getAttribute("data-x"));
    int y0 = Integer.parseInt(onA.getAttribute("data-y"));
    onA.focus();
    onA.press("Shift+ArrowDown");
    assertThat(onB).hasAttribute("data-y", String.valueOf(y0 + 50));
    // B moves the same note after A.
    onB.focus();
    onB.press("Shift+ArrowRight");
    assertThat(onA).hasAttribute("data-x", String.valueOf(x0 + 50));

    a.locator("body").press("Control+z");
    assertThat(a.locator("#status")).hasText("Angringen ble hoppet over: noen andre har endret dette siden.");
    assertThat(a.locator("#alert")).hasText("");
    // The refusal came after the server decided, so this is the board as it stays: B's move stands.
    for (Locator n : new Locator[] {onA, onB}) {
      assertThat(n).hasAttribute("data-x", String.valueOf(x0 + 50));
      assertThat(n).hasAttribute("data-y", String.valueOf(y0 + 50));
      assertThat(n).not().hasClass(Pattern.compile("note--pending"));
    }
  }

  @Test
  void the_stack_survives_a_reload_and_Ctrl_Z_in_a_text_field_is_the_fields_own_U1_U9() {
    JsonObject board = web.server().createBoard("Last på nytt");
    String link = board.getJsonObject("links").getString("participant");
    Page a = Chromium.page(web.contextA(), "A");
    Page b = Chromium.page(web.contextB(), "B");
    join(a, link, "Kari");
    join(b, link, "Ola");

    String id = addNote(a, "Før");
    Locator onB = b.locator(".note[data-id='" + id + "']");
    Locator onA = a.locator(".note[data-id='" + id + "']");
    onA.focus();
    onA.press("Enter");
    a.locator("#note-editor").fill("Etter");
    a.locator(".note__save").click();
    assertThat(onB.locator(".note__text")).hasText("Etter");
    assertThat(onA).not().hasClass(Pattern.compile("note--pending"));

    a.reload();
    assertThat(a.locator("#board")).isVisible();
    assertThat(a.locator("#conn-status")).hasAttribute("data-state", "online");

    // In the new-note field Ctrl+Z is the browser's; it sends no undo.
    a.locator("#note-text").fill("utkast");
    a.locator("#note-text").press("Control+z");
    a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Angre").setExact(true)).click();
    assertThat(onB.locator(".note__text")).hasText("Før");
    a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Angre").setExact(true)).click();
    assertThat(b.locator(".note")).hasCount(0);
    // Had Ctrl+Z in the field sent an undo, the second click would have found nothing to undo.
    assertThat(a.locator("#status")).hasText("Endringen din er angret.");
    assertEquals(0, b.locator(".note").count());
  }

  @Test
  void the_matrix_page_has_the_same_undo_a_created_item_goes_and_comes_back_for_the_other_person_U9_U10() {
    JsonObject board = web.server().createBoard("matrix", "Prioritering");
    JsonObject links = board.getJsonObject("links");
    Page a = Chromium.page(web.contextA(), "A");
    Page b = Chromium.page(web.contextB(), "B");
    join(a, links.getString("facilitator"), "Kari");
    join(b, links.getString("participant"), "Ola");
    a.locator("#item-text").fill("Nattlys i gangen");
    a.locator("#add-form button[type=submit]").click();
    Locator onB = b.locator("#items-body tr").filter(new Locator.FilterOptions().setHasText("Nattlys i gangen"));
    assertThat(onB).hasCount(1);
    // The focus is still in the item field, where Ctrl+Z is the field's own (U9): leave it first.
    a.evaluate("() => document.activeElement.blur()");
    a.keyboard().press("Control+z");
    assertThat(onB).hasCount(0);
    assertThat(a.locator("#status")).hasText("Endringen din er angret.");
    a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gjør om").setExact(true)).click();
    assertThat(onB).hasCount(1);
  }

  /** Adds a note on the page and returns its id once the server confirmed it. */
  private static String addNote(Page page, String text) {
    page.locator("#note-text").fill(text);
    page.locator("#add-form button[type=submit]").click();
    Locator n = page.locator(".note:not(.note--pending)").filter(new Locator.FilterOptions().setHas(
        page.getByText(text, new Page.GetByTextOptions().setExact(true))));
    assertThat(n).hasCount(1);
    assertThat(page.locator(".note--pending")).hasCount(0);
    return n.getAttribute("data-id");
  }
}
