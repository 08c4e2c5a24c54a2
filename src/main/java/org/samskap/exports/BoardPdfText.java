package org.samskap.exports;

/** The fixed texts of the board summary PDF ({@link BoardPdf}) and the SVG labels ({@link BoardSvg}), per language. */
enum BoardPdfText {
  KIND_IDEAS("Idétavle", "Idétavle", "Idea board"),
  KIND_MATRIX("Prioriteringsmatrise", "Prioriteringsmatrise", "Prioritisation matrix"),
  KIND_JOURNEY("Tjenestereise", "Tenestereise", "Service journey"),
  VERSION("versjon", "versjon", "version"),
  EXPORTED("eksportert", "eksportert", "exported"),
  UNKNOWN_KIND("(ukjent tavletype)", "(ukjend tavletype)", "(unknown board kind)"),
  NOTES("lapper", "lappar", "notes"),
  IN("i", "i", "in"),
  GROUPS("grupper", "grupper", "groups"),
  NO_GROUP("Uten gruppe", "Utan gruppe", "Not in a group"),
  LAST_VOTE("Siste avstemning", "Siste avrøysting", "Latest vote"),
  DELETED("(slettet)", "(sletta)", "(deleted)"),
  VOTES("stemmer", "røyster", "votes"),
  ASSESSMENTS("Vurderinger", "Vurderingar", "Assessments"),
  MEDIAN_FEASIBILITY("Median gjennomførbarhet", "Median gjennomførbarheit", "Median feasibility"),
  MEDIAN_GAIN("Median gevinst", "Median gevinst", "Median benefit"),
  FIELD("Felt", "Felt", "Field"),
  DECISION("Beslutning", "Avgjerd", "Decision"),
  DECISION_LOG("Beslutningslogg", "Avgjerdslogg", "Decision log"),
  CURRENT_JOURNEY("Nåværende tjenestereise", "Noverande tenestereise", "Current service journey"),
  FUTURE_JOURNEY("Fremtidig tjenestereise", "Framtidig tenestereise", "Future service journey"),
  FEELING("følelse", "kjensle", "feeling"),
  NO_STAGES("Ingen trinn.", "Ingen steg.", "No stages."),
  FEASIBILITY("Gjennomførbarhet", "Gjennomførbarheit", "Feasibility"),
  EXPECTED_GAIN("Forventet gevinst", "Forventa gevinst", "Expected benefit"),
  NOT_PLACED("Ikke plassert", "Ikkje plassert", "Not placed");

  private final String nb;
  private final String nn;
  private final String en;

  BoardPdfText(String nb, String nn, String en) {
    this.nb = nb;
    this.nn = nn;
    this.en = en;
  }

  String in(ExportLang lang) {
    return lang.pick(nb, nn, en);
  }
}
