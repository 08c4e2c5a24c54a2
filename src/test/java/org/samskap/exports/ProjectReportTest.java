package org.samskap.exports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.samskap.domain.projects.BoardRef;
import org.samskap.domain.projects.PilotRef;
import org.samskap.domain.projects.Project;
import org.samskap.domain.projects.VeivalgKind;
import org.samskap.projects.ChecklistData;

/** Rule PJ14: the project report (report.pdf) is filled from the project, every fixed text in the asked language. */
class ProjectReportTest {
  static Project project() {
    var lists = ChecklistData.checklists();
    Project p = Project.create("prj1", "Trygg heime", "Fall om natta", "Færre fall", "Kari", "Helse og omsorg", 10);
    p = p.tick(lists, 1, lists.items(1).get(0), true, "Vedtatt", "Kari", 20);
    p = p.decide("d1", VeivalgKind.NEXT, null, "Forankret i ledelsen", "Ola", List.of(), 30);
    p = p.withBoard(new BoardRef("board00001", "journey", "Dagens reise", 2, 40), 40);
    return p.withPilot(new PilotRef("pilot00001", "Sensor ved senga", 4, 50), 50);
  }

  static String text(ExportLang l) throws Exception {
    var lists = ChecklistData.checklists();
    Map<Integer, List<String>> items = new java.util.HashMap<>();
    for (int n = 1; n <= 6; n++) items.put(n, lists.items(n));
    try (PDDocument d = Loader.loadPDF(ProjectReport.bytes(project(), items, Map.of(), l))) {
      return new PDFTextStripper().getText(d);
    }
  }

  @Test
  void pj14_the_report_holds_the_projects_own_data() throws Exception {
    String nb = text(ExportLang.NB);
    for (String s : List.of("Trygg heime", "Fall om natta", "Færre fall", "Helse og omsorg", "Forankret i ledelsen", "Ola",
        "Dagens reise", "Sensor ved senga", "Fase 1 Forankring (ferdig): 1 av ", "Fase 2 Innsikt (nå)")) {
      assertTrue(nb.contains(s), s + " in " + nb);
    }
  }

  @Test
  void pj14_the_report_speaks_nynorsk_and_english_without_bokmal_words() throws Exception {
    String nn = text(ExportLang.NN);
    assertTrue(nn.contains("Vegval") && nn.contains("Fasane og sjekklistene") && nn.contains("kryssa av"), nn);
    for (String w : List.of("Veivalg", "Nåværende", "avkrysset", "Piloter og", "Eier")) assertFalse(nn.contains(w), w + " in " + nn);
    String en = text(ExportLang.EN);
    assertTrue(en.contains("Decisions") && en.contains("Phase 1 Anchoring (done): 1 of ") && en.contains("service journey"), en);
    for (String w : List.of("Veivalg", "Vegval", "Fase ", "Tavler", "Eier", "ferdig", "tjenestereise", "finnes")) {
      assertFalse(en.contains(w), w + " in " + en);
    }
  }
}
