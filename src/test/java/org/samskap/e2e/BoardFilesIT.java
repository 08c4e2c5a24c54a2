package org.samskap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samskap.e2e.ExportHttp.get;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import org.samskap.testing.Board;
import org.samskap.testing.TestServer;

/** docs/EXPORT.md [X9]-[X11]: CSV, SVG and PDF of every board kind, read back with real parsers. */
class BoardFilesIT {
  static TestServer server;
  static Board ideas;
  static Board matrix;
  static Board journey;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    ideas = ExportBoards.ideas(server);
    matrix = ExportBoards.matrix(server);
    journey = ExportBoards.journey(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static byte[] file(Board b, String format) {
    HttpResponse<byte[]> r = get(server, "/api/boards/" + b.id() + "/export." + format, b.facilitator());
    assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    return r.body();
  }

  static List<String> svgTexts(byte[] svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    assertEquals("svg", doc.getDocumentElement().getLocalName());
    assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI());
    assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength(), "markup in a text stays text");
    NodeList texts = doc.getElementsByTagNameNS("*", "text");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) out.add(texts.item(i).getTextContent());
    out.add(doc.getElementsByTagNameNS("*", "title").item(0).getTextContent());
    return out;
  }

  static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(doc.getNumberOfPages() >= 1);
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void X9_idea_csv_has_a_row_per_note_with_cluster_and_votes_and_a_neutralised_formula() {
    String csv = new String(file(ideas, "csv"), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFFid,text,x,y,color,cluster,clusterId,votes\r\n"), csv);
    assertTrue(csv.contains(",Bedre åpningstider, også for æøå,".replace("Bedre åpningstider, også for æøå", "\"Bedre åpningstider, også for æøå\"")), csv);
    assertTrue(csv.contains(",Pårørende,"), csv);
    assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), csv);
    assertFalse(csv.contains(",=HYPERLINK"), csv);
  }

  @Test
  void X9_matrix_and_journey_csv_hold_items_decisions_and_cards() {
    String m = new String(file(matrix, "csv"), StandardCharsets.UTF_8);
    assertTrue(m.contains("Digital innsjekk på sjukeheim,1,4.0,"), m);
    assertTrue(m.contains(",accepted,Rask gevinst,Kari,"), m);
    String j = new String(file(journey, "csv"), StandardCharsets.UTF_8);
    assertTrue(j.contains("current,1,Søknad,processes,processes,"), j);
    assertTrue(j.contains("future,1,Søknad,processes,processes,"), j);
  }

  @Test
  void X10_svg_of_every_kind_is_well_formed_and_keeps_texts_as_text() throws Exception {
    List<String> i = svgTexts(file(ideas, "svg"));
    assertTrue(i.contains("Idéverksted Ålesund"), i.toString());
    assertTrue(i.contains("Pårørende"), i.toString());
    assertTrue(i.contains("<script>alert('x')</scr…") && i.contains("& \"sitat\""), "markup and quotes come back as the same text: " + i);
    List<String> m = svgTexts(file(matrix, "svg"));
    assertTrue(m.stream().anyMatch(t -> t.startsWith("1. Digital innsjekk")), m.toString());
    assertTrue(m.stream().anyMatch(t -> t.startsWith("2. <script>")), "an unscored item is listed as not placed: " + m);
    List<String> j = svgTexts(file(journey, "svg"));
    assertTrue(j.contains("Nåværende tjenestereise") && j.contains("Fremtidig tjenestereise"), j.toString());
    assertTrue(j.contains("Saksbehandler vurderer"), j.toString());
  }

  @Test
  void X11_pdf_summary_of_every_kind_reads_back_with_its_texts() throws Exception {
    String i = pdfText(file(ideas, "pdf"));
    assertTrue(i.contains("Idéverksted Ålesund"), i);
    assertTrue(i.contains("Pårørende (1)"), i);
    assertTrue(i.contains("Bedre åpningstider, også for æøå (1 stemme)"), i);
    assertTrue(i.contains("Siste avstemning"), i);
    String m = pdfText(file(matrix, "pdf"));
    assertTrue(m.contains("Beslutning: akseptert: Rask gevinst (Kari)"), m);
    assertTrue(m.contains("Beslutningslogg"), m);
    String j = pdfText(file(journey, "pdf"));
    assertTrue(j.contains("1. Søknad"), j);
    assertTrue(j.contains("Saksbehandler vurderer"), j);
  }
}
