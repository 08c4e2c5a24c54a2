package org.samskap.tools.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LoadOptionsTest {

  @Test
  void defaults_match_the_usage_text() {
    LoadOptions o = LoadOptions.parse(new String[0]);
    assertEquals(List.of("http://127.0.0.1:8080"), o.urls());
    assertEquals(1, o.boards());
    assertEquals(10, o.clients());
    assertEquals(20.0, o.rate());
    assertEquals(30, o.seconds());
    assertEquals("clients", o.spread());
    assertEquals(1, o.eventLoops(), "one event loop: the generator is pinned to one core");
  }

  @Test
  void event_loops_are_set_and_checked() {
    assertEquals(2, LoadOptions.parse(new String[] {"--event-loops", "2"}).eventLoops());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse(new String[] {"--event-loops", "0"}))
        .getMessage().contains("--event-loops must be at least 1"));
  }

  @Test
  void spread_is_clients_or_boards() {
    assertEquals("boards", LoadOptions.parse(new String[] {"--spread", "boards"}).spread());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse(new String[] {"--spread", "nodes"}))
        .getMessage().contains("--spread must be clients or boards"));
  }

  @Test
  void several_nodes_are_split_and_trailing_slashes_dropped() {
    LoadOptions o = LoadOptions.parse(new String[] {"--url", "http://a:8080/, http://b:8081//", "--clients", "100"});
    assertEquals(List.of("http://a:8080", "http://b:8081"), o.urls());
    assertEquals(100, o.clients());
  }

  @Test
  void bad_arguments_are_refused_with_a_reason() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse(new String[] {"--clients", "1"}))
        .getMessage().contains("at least 2"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse(new String[] {"--speed", "3"}))
        .getMessage().contains("unknown option"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse(new String[] {"--rate", "0"}))
        .getMessage().contains("--rate"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse(new String[] {"--boards"}))
        .getMessage().contains("--name value"));
  }
}
