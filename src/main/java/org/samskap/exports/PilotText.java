package org.samskap.exports;

/** The fixed texts of the 10-20-30 deck ({@link Deck102030}) and the gain plan workbook ({@link GainPlanXlsx}), per language. */
enum PilotText {
  // The deck's ten headings, foil 1-10.
  H_NAME("Navn på løsningen", "Namn på løysinga", "Name of the solution"),
  H_GOALS("Mål", "Mål", "Goals"),
  H_SOLUTION("Endelig løsning", "Endeleg løysing", "Final solution"),
  H_JOURNEY("Oppdatert tjenestereise", "Oppdatert tenestereise", "Updated service journey"),
  H_STATUS("Status på implementeringen", "Status for implementeringa", "Implementation status"),
  H_GAIN_PLAN("Gevinstplan", "Gevinstplan", "Benefit plan"),
  H_FOLLOW_UP("Oppfølging av gevinster i drift", "Oppfølging av gevinstar i drift", "Following up benefits in operation"),
  H_FURTHER("Plan for videre gevinstrealisering", "Plan for vidare gevinstrealisering", "Plan for further benefit realisation"),
  H_MANAGEMENT("Forvaltning av løsningen", "Forvaltning av løysinga", "Managing the solution"),
  H_LESSONS("Læringspunkter", "Læringspunkt", "Lessons learned"),
  // Deck fields and sentences.
  ORIGINAL_IDEA("Opprinnelig idé", "Opphavleg idé", "Original idea"),
  VOTES("Stemmer", "Røyster", "Votes"),
  SHEET_ORIGIN("Opphav", "Opphav", "Origin"),
  RESPONSIBLE("Ansvarlig", "Ansvarleg", "Responsible"),
  STATUS("Status", "Status", "Status"),
  ROUND("Runde", "Runde", "Round"),
  ROUND_LOWER("runde", "runde", "round"),
  TOUCHPOINTS("Kontaktpunkter", "Kontaktpunkt", "Touchpoints"),
  PROCESSES("Arbeidsprosesser", "Arbeidsprosessar", "Work processes"),
  INSTALLATIONS("Installasjoner", "Installasjonar", "Installations"),
  ROUTE("Veivalg", "Vegval", "Route chosen"),
  NO_JOURNEY("Ingen trinn fra tjenestereisen er knyttet til piloten.", "Ingen steg frå tenestereisa er knytte til piloten.",
      "No service journey stages are linked to the pilot."),
  PERIOD("Periode", "Periode", "Period"),
  PARTICIPANTS("Deltakere", "Deltakarar", "Participants"),
  TRAINING("Opplæring", "Opplæring", "Training"),
  ERROR_HANDLING("Feilhåndtering", "Feilhandtering", "Error handling"),
  INFORMATION("Informasjon", "Informasjon", "Information"),
  NO_GAINS("Ingen gevinster er registrert.", "Ingen gevinstar er registrerte.", "No benefits are recorded."),
  FROM("fra", "frå", "from"),
  TO("til", "til", "to"),
  BY("innen", "innan", "by"),
  GAIN_OWNER("gevinstansvarlig", "gevinstansvarleg", "benefit owner"),
  BENEFIT_PER_YEAR("Gevinster per år", "Gevinstar per år", "Benefits per year"),
  COSTS_PER_YEAR("Kostnader per år", "Kostnader per år", "Costs per year"),
  ONE_OFF_COSTS("Engangskostnader", "Eingongskostnader", "One-off costs"),
  NET_PER_YEAR("Netto per år", "Netto per år", "Net per year"),
  NPV("Nåverdi", "Noverdi", "Net present value"),
  PAYBACK("Tilbakebetalingstid (år)", "Tilbakebetalingstid (år)", "Payback period (years)"),
  NEVER("aldri", "aldri", "never"),
  KR("kr", "kr", "NOK"),
  MEASURED_HOW("Måles slik", "Målast slik", "Measured by"),
  HOW_OFTEN("Hvor ofte", "Kor ofte", "How often"),
  LAST_MEASUREMENT("Siste måling", "Siste måling", "Latest measurement"),
  EXPECTED_LOWER("forventet", "forventa", "expected"),
  TEST_VS_CONTROL("Test mot kontroll", "Test mot kontroll", "Test versus control"),
  KR_PER_YEAR("kr per år", "kr per år", "NOK per year"),
  REALISED("Oppnår vi gevinstene", "Når vi gevinstane", "Are we realising the benefits"),
  COMMENT("Kommentar", "Kommentar", "Comment"),
  NEW_GAINS("Nye gevinster", "Nye gevinstar", "New benefits"),
  DOCUMENTATION("Dokumentasjon", "Dokumentasjon", "Documentation"),
  MEASURING("Måling", "Måling", "Measurement"),
  OBSERVATION("Observasjon", "Observasjon", "Observation"),
  DECISION("Beslutning", "Avgjerd", "Decision"),
  NO_LESSONS("Ingen læringspunkter er skrevet ennå (evalueringen, feltet «lessons»).",
      "Ingen læringspunkt er skrivne enno (evalueringa, feltet «lessons»).",
      "No lessons are written yet (the evaluation, field \"lessons\")."),
  // Workbook sheets, titles and column headers.
  SHEET_PLAN("Gevinstplan", "Gevinstplan", "Benefit plan"),
  SHEET_MEASUREMENTS("Målinger", "Målingar", "Measurements"),
  SHEET_MONEY("Økonomi", "Økonomi", "Finances"),
  PLAN_TITLE("Gevinstrealiseringsplan", "Gevinstrealiseringsplan", "Benefit realisation plan"),
  C_INDICATOR("Gevinst (indikator)", "Gevinst (indikator)", "Benefit (indicator)"),
  C_KIND("Type", "Type", "Kind"),
  C_DESCRIPTION("Beskrivelse", "Skildring", "Description"),
  C_OWNER("Gevinstansvarlig", "Gevinstansvarleg", "Benefit owner"),
  C_UNIT("Måleenhet", "Måleeining", "Unit"),
  C_BASELINE("Nullpunkt", "Nullpunkt", "Baseline"),
  C_BASELINE_DATE("Dato nullpunkt", "Dato nullpunkt", "Baseline date"),
  C_TARGET("Mål", "Mål", "Target"),
  C_TARGET_DATE("Måldato", "Måldato", "Target date"),
  C_METHOD("Målemetode", "Målemetode", "Method"),
  C_FREQUENCY("Frekvens", "Frekvens", "Frequency"),
  C_SMARTE("S.M.A.R.T.E.", "S.M.A.R.T.E.", "S.M.A.R.T.E."),
  C_EXPECTED_PER_YEAR("Forventet per år", "Forventa per år", "Expected per year"),
  C_VALUE_PER_YEAR("Verdi per år (kr)", "Verdi per år (kr)", "Value per year (NOK)"),
  C_QUALITY("Kvalitet (1-5)", "Kvalitet (1-5)", "Quality (1-5)"),
  C_DATE("Dato", "Dato", "Date"),
  C_VALUE("Verdi", "Verdi", "Value"),
  C_GROUP("Gruppe", "Gruppe", "Group"),
  C_EXPECTED("Forventet", "Forventa", "Expected"),
  C_GAP("Avvik", "Avvik", "Gap"),
  C_GAP_REASON("Årsak til avvik", "Årsak til avvik", "Reason for gap"),
  C_KRONER("Kroner", "Kroner", "NOK"),
  HORIZON("Horisont (år)", "Horisont (år)", "Horizon (years)"),
  DISCOUNT_RATE("Kalkulasjonsrente", "Kalkulasjonsrente", "Discount rate"),
  IMPLEMENTATION_COSTS("Kostnader ved implementering", "Kostnader ved implementering", "Implementation costs"),
  ONE_OFF("Engangs", "Eingongs", "One-off"),
  PER_YEAR("Per år", "Per år", "Per year");

  private final String nb;
  private final String nn;
  private final String en;

  PilotText(String nb, String nn, String en) {
    this.nb = nb;
    this.nn = nn;
    this.en = en;
  }

  String in(ExportLang lang) {
    return lang.pick(nb, nn, en);
  }
}
