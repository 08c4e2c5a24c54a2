package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samskap.testing.Boards.op;
import static org.samskap.testing.BrowserFixture.join;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.Axe;
import org.samskap.testing.Board;
import org.samskap.testing.Boards;
import org.samskap.testing.BrowserFixture;
import org.samskap.testing.BusClient;
import org.samskap.testing.Chromium;

/**
 * The session gate seen in two browsers (docs/PROTOCOL.md F2, F3; web/js/session/session-gate.js): when
 * the facilitator (Bokmål) locks the idea board or picks a phase, the participant's (English)
 * writing controls grey out with a polite explanation, keyboard moves and drags are refused, and
 * it all flips back live; the facilitator keeps every control. The matrix and the journey use
 * the same gate (the facilitator drives them over the event bus here).
 */
class SessionGateBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  static Locator note(Page page, String text) {
    return page.locator(".note").filter(new Locator.FilterOptions().setHas(
        page.getByText(text, new Page.GetByTextOptions().setExact(true))));
  }

  static void setPhase(Page fac, String phase) {
    fac.locator("#fac-phase").selectOption(phase);
    fac.locator("#fac-phase-set").click();
  }

  @Test
  void F3_F2_a_lock_or_a_phase_greys_out_the_participants_writing_and_unlocking_brings_it_back() {
    JsonObject board = web.server().createBoard("Verksted om tryggleik");
    Page fac = Chromium.page(web.contextA(), "facilitator");
    Page par = Chromium.page(web.contextB(), "participant");
    join(fac, board.getJsonObject("links").getString("facilitator"), "Fasilitator");
    join(par, board.getJsonObject("links").getString("participant"), "Kari");
    fac.locator("#note-text").fill("Kveldsbesøk");
    fac.locator("#add-form button[type=submit]").click();
    Locator parNote = note(par, "Kveldsbesøk");
    assertThat(parNote).isVisible();
    Locator add = par.locator("#add-form button[type=submit]");
    assertThat(add).isEnabled();
    assertThat(par.locator("#gate-notice p")).hasCount(0);

    // F3: the facilitator locks; the participant's controls grey out with the reason, live.
    fac.locator("#fac-lock").click();
    assertThat(add).isDisabled();
    assertThat(par.locator("#note-text")).isDisabled();
    assertThat(par.locator("#cluster-form button[type=submit]")).isDisabled();
    assertThat(par.locator("#gate-notice")).hasAttribute("role", "status");
    assertThat(par.locator("#gate-notice")).hasText(
        "The board is locked by the facilitator. You can look, but not change anything until it is unlocked.");
    assertThat(parNote.locator(".note__edit")).isDisabled();
    assertThat(parNote.locator(".note__delete")).isDisabled();
    // The facilitator keeps every control and sees no participant notice.
    assertThat(fac.locator("#add-form button[type=submit]")).isEnabled();
    assertThat(note(fac, "Kveldsbesøk").locator(".note__edit")).isEnabled();
    assertThat(fac.locator("#gate-notice p")).hasCount(0);
    assertThat(fac.locator("#session-lock")).isVisible();

    // A keyboard move is refused with the reason; the note stays put.
    String x = parNote.getAttribute("data-x");
    parNote.focus();
    par.keyboard().press("ArrowRight");
    assertThat(par.locator("#status")).hasText("The board is locked by the facilitator.");
    assertThat(parNote).hasAttribute("data-x", x);
    par.keyboard().press("Delete");
    assertThat(par.locator("#confirm-dialog")).isHidden();
    // A drag is refused too, and the note goes back where it was.
    par.locator("#status").evaluate("e => { e.textContent = ''; }");
    BoundingBox box = parNote.boundingBox();
    par.mouse().move(box.x + 20, box.y + 10);
    par.mouse().down();
    par.mouse().move(box.x + 80, box.y + 60, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
    par.mouse().up();
    assertThat(par.locator("#status")).hasText("The board is locked by the facilitator.");
    assertThat(parNote).hasAttribute("data-x", x);
    assertThat(note(fac, "Kveldsbesøk")).hasAttribute("data-x", x);
    Axe.assertNoViolations(par, "participant's board page while locked");

    // Unlocking brings it all back, live.
    fac.locator("#fac-lock").click();
    assertThat(add).isEnabled();
    assertThat(par.locator("#note-text")).isEnabled();
    assertThat(parNote.locator(".note__delete")).isEnabled();
    assertThat(par.locator("#gate-notice p")).hasCount(0);

    // F2: the vote phase allows only votes; the notice names the phase.
    setPhase(fac, "vote");
    assertThat(add).isDisabled();
    assertThat(par.locator("#gate-notice")).hasText(
        "The phase is “Vote”: you can only vote and score. Writing and moving are closed until the facilitator changes the phase.");
    parNote.focus();
    par.keyboard().press("ArrowDown");
    assertThat(par.locator("#status")).hasText("You cannot do that in the “Vote” phase.");
    assertThat(fac.locator("#add-form button[type=submit]")).isEnabled();

    // The group phase allows arranging: moves and the edit dialog (colour) but no new notes or deletes.
    setPhase(fac, "group");
    assertThat(par.locator("#gate-notice")).containsText("“Group”");
    assertThat(add).isDisabled();
    assertThat(parNote.locator(".note__delete")).isDisabled();
    assertThat(parNote.locator(".note__edit")).isEnabled();
    parNote.focus();
    par.keyboard().press("ArrowRight");
    assertThat(note(fac, "Kveldsbesøk")).not().hasAttribute("data-x", x);
    parNote.locator(".note__edit").click();
    assertThat(par.locator("#note-editor")).hasAttribute("readonly", "");
    assertThat(parNote.locator(".note__delete")).isDisabled();
    assertThat(parNote.locator(".note__colour")).isEnabled();
    par.locator(".note__cancel").click();

    // Back to free: everything is open again.
    setPhase(fac, "free");
    assertThat(add).isEnabled();
    assertThat(par.locator("#gate-notice p")).hasCount(0);
    par.locator("#note-text").fill("Fast kontaktperson");
    add.click();
    assertThat(note(fac, "Fast kontaktperson")).isVisible();
  }

  /** An op by the facilitator of {@code board} (the 201 body of its creation). */
  static JsonObject ok(BusClient c, JsonObject board, JsonObject body) {
    Board b = Board.of(board);
    return Boards.ok(c, b, b.facilitator(), body);
  }

  static void joinBus(BusClient c, JsonObject board) {
    Board b = Board.of(board);
    Boards.join(c, b, b.facilitator(), "Fasilitator");
  }

  @Test
  void F2_F3_on_the_matrix_scoring_closes_outside_the_vote_phase_and_while_locked() {
    JsonObject board = web.server().createBoard("matrix", "Prioritering");
    try (BusClient fac = BusClient.connect(web.server().port())) {
      joinBus(fac, board);
      String itemId = ok(fac, board, op("item.create").put("text", "Nattlys i gangen")).getString("itemId");
      // One score puts the item on the plot only once the facilitator revealed the scores (M11).
      ok(fac, board, op("scores.reveal").put("revealed", true));
      ok(fac, board, op("item.score").put("itemId", itemId).put("x", 4).put("y", 4));
      Page par = Chromium.page(web.contextB(), "participant");
      join(par, board.getJsonObject("links").getString("participant"), "Kari");
      Locator score = par.locator("#items-body button[data-action=score]");
      Locator plotItem = par.locator("#plot-items .matrix-item");
      assertThat(score).isEnabled();
      assertThat(plotItem).not().hasAttribute("aria-disabled", "true");

      ok(fac, board, op("phase.set").put("phase", "write"));
      assertThat(score).isDisabled();
      assertThat(par.locator("#gate-notice")).containsText("The phase is “Write”");
      assertThat(plotItem).hasAttribute("aria-disabled", "true");
      plotItem.focus();
      par.keyboard().press("Enter");
      assertThat(par.locator("#status")).hasText("You cannot do that in the “Write” phase.");
      assertThat(par.locator("#point-dialog")).isHidden();

      ok(fac, board, op("phase.set").put("phase", "vote"));
      assertThat(score).isEnabled();
      ok(fac, board, op("board.lock").put("locked", true));
      assertThat(score).isDisabled();
      assertThat(par.locator("#gate-notice")).hasText(
          "The board is locked by the facilitator. You can look, but not change anything until it is unlocked.");
      Axe.assertNoViolations(par, "participant's matrix page while locked");

      ok(fac, board, op("board.lock").put("locked", false));
      ok(fac, board, op("phase.set").put("phase", "free"));
      assertThat(score).isEnabled();
      assertThat(par.locator("#gate-notice p")).hasCount(0);
      assertThat(plotItem).not().hasAttribute("aria-disabled", "true");
      score.click();
      assertThat(par.locator("#point-dialog")).isVisible();
    }
  }

  @Test
  void F2_F3_on_the_journey_a_lock_closes_cards_and_grid_and_a_phase_keeps_what_it_allows() {
    JsonObject board = web.server().createBoard("journey", "Tenestereise");
    try (BusClient fac = BusClient.connect(web.server().port())) {
      joinBus(fac, board);
      String stage = ok(fac, board, op("stage.create").put("version", "current").put("label", "Søknad")).getString("stageId");
      ok(fac, board, op("card.create").put("version", "current").put("laneId", "pains").put("stageId", stage).put("text", "Lang ventetid"));
      Page par = Chromium.page(web.contextB(), "participant");
      join(par, board.getJsonObject("links").getString("participant"), "Kari");
      Locator card = par.locator("#grid-current button[data-action=card-open]");
      Locator addCard = par.locator("#grid-current button[data-action=card-add]").first();
      Locator left = par.locator("#grid-current button[data-action=stage-left]");
      Locator rename = par.locator("#grid-current button[data-action=stage-rename]");
      assertThat(card).containsText("Lang ventetid");
      assertThat(addCard).isEnabled();
      assertThat(left).isDisabled(); // the first stage cannot move left, whatever the gate says

      ok(fac, board, op("board.lock").put("locked", true));
      assertThat(addCard).isDisabled();
      assertThat(rename).isDisabled();
      assertThat(par.locator("select.emotion__select").first()).isDisabled();
      assertThat(par.locator("#v-current button[data-action=stage-add]")).isDisabled();
      assertThat(card).hasAttribute("aria-disabled", "true");
      assertThat(par.locator("#gate-notice")).containsText("The board is locked by the facilitator.");
      card.focus();
      par.keyboard().press("Enter");
      assertThat(par.locator("#status")).hasText("The board is locked by the facilitator.");
      assertThat(par.locator("#card-dialog")).isHidden();
      Axe.assertNoViolations(par, "participant's journey page while locked");

      // The group phase allows moving (arrange) but not adding cards or renaming (other).
      ok(fac, board, op("board.lock").put("locked", false));
      ok(fac, board, op("phase.set").put("phase", "group"));
      assertThat(par.locator("#gate-notice")).containsText("“Group”");
      assertThat(addCard).isDisabled();
      assertThat(rename).isDisabled();
      assertThat(card).not().hasAttribute("aria-disabled", "true");

      ok(fac, board, op("phase.set").put("phase", "free"));
      assertThat(addCard).isEnabled();
      assertThat(rename).isEnabled();
      assertThat(left).isDisabled();
      assertThat(par.locator("#gate-notice p")).hasCount(0);
    }
  }

  /** The op catalogue the server serves to a member who joins a board of this kind (F2, join reply {@code ops}). */
  static JsonObject servedOps(String kind) {
    JsonObject board = web.server().createBoard(kind, "Katalog");
    String token = board.getJsonObject("tokens").getString("participant");
    try (BusClient c = BusClient.connect(web.server().port())) {
      JsonObject r = c.request("board." + board.getString("id") + ".ops", new JsonObject().put("type", "join").put("name", "Kari"), token);
      assertEquals(Boolean.TRUE, r.getBoolean("ok"), r.encode());
      return r.getJsonObject("ops");
    }
  }

  @Test
  void F2_F3_the_clients_gate_module_decides_every_op_type_of_every_kind_as_the_server_does() {
    Page page = Chromium.page(web.contextA(), "module");
    page.navigate(web.server().baseUrl() + "/");
    org.samskap.kinds.BoardKinds kinds = org.samskap.Samskap.kinds(org.samskap.config.SamskapConfig.defaults());
    for (String kind : kinds.names()) {
      // The op types come from the catalogue the server serves, and it is the one the server's gate asks.
      JsonObject served = servedOps(kind);
      org.samskap.domain.OpCatalog catalog = kinds.require(kind).ops();
      assertEquals(new JsonObject(catalog.wire()), served, kind + ": the served catalogue is the server's");
      java.util.List<String> types = java.util.List.copyOf(served.fieldNames());
      org.junit.jupiter.api.Assertions.assertTrue(types.contains("vote.cast") && types.size() > 10, kind + ": " + types);
      for (org.samskap.domain.session.Phase phase : org.samskap.domain.session.Phase.values()) {
        for (boolean locked : new boolean[] {false, true}) {
          @SuppressWarnings("unchecked")
          java.util.Map<String, Object> client = (java.util.Map<String, Object>) page.evaluate(
              "async ([ops, phase, locked, types]) => { const g = await import('/js/session/session-gate.js');"
                  + " (await import('/js/core/ops.js')).setOps(ops);"
                  + " const out = {}; for (const t of types) out[t] = g.blockedBy({ phase, locked }, 'participant', t)"
                  + " + '|' + g.blockedBy({ phase, locked }, 'facilitator', t); return out; }",
              java.util.List.of(served.getMap(), phase.wire(), locked, types));
          for (String type : types) {
            String server = locked ? "locked" : (phase.allows(catalog.get(type).category()) ? "null" : "wrong_phase");
            assertEquals(server + "|null", String.valueOf(client.get(type)), kind + " " + phase.wire() + (locked ? " locked " : " ") + type);
          }
        }
      }
    }
  }
}
