package org.samskap.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/** Runs axe-core's WCAG 2.1 A and AA rules on a page and fails with a readable report. */
public final class Axe {
  private Axe() {}

  public static void assertNoViolations(Page page, String what) {
    AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
    List<Rule> violations = results.getViolations();
    String report = violations.stream()
        .map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + "\n" + r.getNodes().stream()
            .map(n -> "  - " + n.getTarget() + " " + n.getHtml() + "\n    " + n.getFailureSummary())
            .collect(Collectors.joining("\n")))
        .collect(Collectors.joining("\n"));
    System.out.println("axe on " + what + ": " + violations.size() + " violations, " + results.getPasses().size() + " rules passed");
    assertEquals(0, violations.size(), "axe-core violations on the " + what + ":\n" + report);
  }
}
