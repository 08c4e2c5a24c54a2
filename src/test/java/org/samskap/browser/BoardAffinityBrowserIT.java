package org.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Page;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.samskap.testing.BrowserFixture;
import org.samskap.testing.Chromium;

/**
 * Board affinity (docs/OPERATIONS.md, "Running several nodes"): every board page opens its
 * websocket with the board's id in the query, so a load balancer can send all clients of a
 * board to one node; the server accepts the socket as any other.
 */
class BoardAffinityBrowserIT {
  @RegisterExtension
  static final BrowserFixture web = new BrowserFixture();

  @Test
  void board_pages_name_their_board_in_the_websocket_url() {
    for (String kind : List.of("ideas", "matrix", "journey")) {
      JsonObject board = web.server().createBoard(kind, "Affinitet " + kind);
      Page page = Chromium.page(web.contextA(), "facilitator");
      List<String> sockets = new CopyOnWriteArrayList<>();
      page.onWebSocket(ws -> sockets.add(ws.url()));
      page.navigate(board.getJsonObject("links").getString("facilitator"));
      // the first page asks for a name; later pages of the same browser profile remember it
      page.locator("#join-name:visible, #conn-status[data-state=online]").first().waitFor();
      if (page.locator("#join-name").isVisible()) {
        page.locator("#join-name").fill("Fasilitator");
        page.locator("#join-form button[type=submit]").click();
      }
      assertThat(page.locator("#conn-status")).hasAttribute("data-state", "online");
      String expected = "/eventbus/websocket?board=" + board.getString("id");
      assertTrue(!sockets.isEmpty() && sockets.stream().allMatch(u -> u.endsWith(expected)),
          kind + ": every websocket of the page ends with " + expected + ", got " + sockets);
      page.close();
    }
  }
}
