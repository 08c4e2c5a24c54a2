package org.samskap.exports;

/** The fixed texts of the board summary PDF's heading ({@code boards.BoardPdf}), per language; each kind has its own texts in its folder. */
public enum BoardPdfText {
  VERSION("versjon", "versjon", "version"),
  EXPORTED("eksportert", "eksportert", "exported"),
  UNKNOWN_KIND("(ukjent tavletype)", "(ukjend tavletype)", "(unknown board kind)");

  private final String nb;
  private final String nn;
  private final String en;

  BoardPdfText(String nb, String nn, String en) {
    this.nb = nb;
    this.nn = nn;
    this.en = en;
  }

  public String in(ExportLang lang) {
    return lang.pick(nb, nn, en);
  }
}
