package org.samskap.projects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.boards.BoardCreation;
import org.samskap.domain.Reason;
import org.samskap.domain.projects.Project;
import org.samskap.domain.projects.ProjectInvalid;
import org.samskap.pilots.PilotStore;
import org.samskap.protocol.Refused;
import org.samskap.util.LogSafe;
import org.samskap.util.RandomIds;
import org.samskap.util.Tokens;

/**
 * The project use cases after the caller is authorised (docs/API.md, "Projects"). Creating a
 * project is {@link #create} and nothing else, so a staff check (sign-in) goes in one place.
 * Every change goes through the project's one writer ({@link ProjectWriter}, PJ9); every refusal
 * is a {@link Refused} with a domain reason and nothing is stored after one.
 */
public final class ProjectService {
  private static final Logger LOG = LoggerFactory.getLogger(ProjectService.class);

  private final ProjectStore store;
  private final ProjectWriter writer;
  private final BoardCreation boards;
  private final PilotStore pilots;
  private final LongSupplier clock;
  private final org.samskap.board.BoardWriter boardWriter;
  private org.samskap.polls.PollStore polls;

  /** The poll store the project view reads the link polls of the project's boards from (PJ17). */
  public ProjectService polls(org.samskap.polls.PollStore polls) {
    this.polls = polls;
    return this;
  }

  public ProjectService(ProjectStore store, ProjectWriter writer, BoardCreation boards, PilotStore pilots, LongSupplier clock,
      org.samskap.board.BoardWriter boardWriter) {
    this.boardWriter = boardWriter;
    this.store = store;
    this.writer = writer;
    this.boards = boards;
    this.pilots = pilots;
    this.clock = clock;
  }

  /** A new project and its owner token, which is shown only now (PJ8). */
  public record Created(Project project, String ownerToken) {}

  /** A board made in a project's phase, and the project's revision after it was placed. */
  public record BoardAdded(BoardCreation.Created board, long rev) {}

  /**
   * Rule PJ1, PJ8: creates a project in phase 1 with a new owner token of which only the hash is
   * stored. The one entry point for creating projects (a staff check belongs here).
   */
  public Future<Created> create(String title, String problem, String goal, String owner, String unit) {
    return create(title, problem, goal, owner, unit, null);
  }

  /** As {@link #create(String, String, String, String, String)}; a signed-in {@code creator} becomes its first owner (PM1). */
  public Future<Created> create(String title, String problem, String goal, String owner, String unit,
      org.samskap.domain.projects.Member creator) {
    Project p;
    try {
      Project made = Project.create(RandomIds.of(12), title, problem, goal, owner, unit, clock.getAsLong());
      p = creator == null ? made : made.withMembership(org.samskap.domain.projects.Membership.ofCreator(creator.subject(),
          creator.name(), creator.email(), made.createdAt()), made.createdAt());
    } catch (ProjectInvalid e) {
      return Future.failedFuture(refused(e));
    }
    String token = Tokens.newToken();
    Map<String, String> hashes = new LinkedHashMap<>();
    hashes.put(Tokens.hash(token), ProjectAccess.OWNER);
    return store.create(p, hashes).transform(ar -> {
      if (ar.succeeded()) return Future.succeededFuture(new Created(p, token));
      LOG.warn("project not created: {}", LogSafe.describe(ar.cause()));
      return Future.failedFuture(new Refused(Reason.UNAVAILABLE, "The database is unavailable; nothing was saved. Try again."));
    });
  }

  /** The project as its page shows it: the project, each pilot's status, and the checklists (nb, nn, en). */
  public Future<JsonObject> view(String projectId) {
    return store.find(projectId).compose(found -> {
      if (found.isEmpty()) return Future.failedFuture(new Refused(Reason.NOT_FOUND, "There is no such project."));
      ProjectStore.Stored s = found.get();
      List<Future<String>> statuses = new ArrayList<>();
      s.project().pilots().forEach(p -> statuses.add(pilots.find(p.pilotId())
          .map(o -> o.map(x -> x.pilot().status().wire()).orElse("missing"))
          .recover(e -> Future.succeededFuture("unknown"))));
      Future<io.vertx.core.json.JsonArray> linkPolls = pollsOf(s.project());
      return Future.all(Future.all(statuses), linkPolls).map(all -> {
        JsonObject project = new JsonObject(ProjectCodec.project(s.project()));
        for (int i = 0; i < statuses.size(); i++) {
          project.getJsonArray("pilots").getJsonObject(i).put("status", statuses.get(i).result());
        }
        project.put("polls", linkPolls.result());
        return new JsonObject().put("rev", s.rev()).put("project", project).put("checklists", ChecklistData.json());
      });
    });
  }

  /**
   * Rule PJ17: the link polls of the project's boards, read from the poll store board by board,
   * each in its board's phase with its status (open or closed), oldest first. A board whose polls
   * cannot be read is left out rather than failing the page.
   */
  private Future<io.vertx.core.json.JsonArray> pollsOf(Project p) {
    if (polls == null) return Future.succeededFuture(new io.vertx.core.json.JsonArray());
    List<Future<List<JsonObject>>> each = new ArrayList<>();
    for (var b : p.boards()) {
      each.add(polls.ofBoard(b.boardId()).map(list -> list.stream().map(poll -> new JsonObject().put("pollId", poll.id())
          .put("boardId", b.boardId()).put("boardTitle", b.title()).put("title", poll.title()).put("phase", b.phase())
          .put("status", poll.open() ? "open" : "closed").put("items", poll.items().size()).put("createdAt", poll.createdAt())).toList())
          .recover(e -> Future.succeededFuture(List.of())));
    }
    return Future.all(each).map(all -> {
      List<JsonObject> out = new ArrayList<>();
      each.forEach(f -> out.addAll(f.result()));
      out.sort(java.util.Comparator.comparingLong(o -> o.getLong("createdAt")));
      return new io.vertx.core.json.JsonArray(new ArrayList<>(out));
    });
  }

  /** Rule PJ2 through the writer: {phase, itemId, ticked, note, by}. */
  public Future<Long> tick(String projectId, JsonObject body) {
    return writer.send(projectId, body.copy().put("type", ProjectOps.TICK));
  }

  /** Rules PJ3-PJ5 through the writer: {kind, toPhase?, recommendation, by, evidence}. */
  public Future<Long> decide(String projectId, JsonObject body) {
    return writer.send(projectId, body.copy().put("type", ProjectOps.DECIDE));
  }

  /**
   * Rule PJ6: makes a board of {@code kind} with the project and phase in its meta, then places it
   * in the project through the writer. Should the placing fail, the board carries the project in
   * its meta, and the next start places it there (PJ11).
   */
  public Future<BoardAdded> addBoard(String projectId, String kind, String title, Object phase) {
    if (!(phase instanceof Integer p) || p < Project.FIRST_PHASE || p > Project.LAST_PHASE) {
      return Future.failedFuture(new Refused(Reason.BAD_REQUEST, "Field 'phase' must be a phase from 1 to 6.", Map.of("field", "phase")));
    }
    return boards.create(kind, title, projectId, p).compose(c -> writer.send(projectId, new JsonObject()
        .put("type", ProjectOps.BOARD_ADD).put("boardId", c.meta().id()).put("kind", c.meta().kind())
        .put("title", c.meta().title()).put("phase", p)).map(rev -> new BoardAdded(c, rev)));
  }

  /**
   * Rule PJ13: makes the boards of a template in the template's phase, each titled {@code title}
   * and the board's suffix in {@code lang}, placed in the project (PJ6), then applies the
   * template's ops to each board as the server. Answers the boards made, in template order.
   */
  public Future<List<BoardAdded>> addFromTemplate(String projectId, String templateId, String rawTitle, String lang) {
    if (templateId != null && templateId.startsWith(SAVED)) { // PJ20: a template saved in this project
      return store.find(projectId).compose(found -> {
        var saved = found.stream().flatMap(x -> x.project().templates().stream())
            .filter(x -> templateId.equals(SAVED + x.id())).findFirst();
        if (saved.isEmpty()) {
          return Future.failedFuture(new Refused(Reason.NOT_FOUND, "There is no template '" + templateId + "'.", Map.of("field", "template")));
        }
        return fromTemplate(projectId, templateId, savedAsData(saved.get()), rawTitle, lang);
      });
    }
    return fromTemplate(projectId, templateId, templateId == null ? java.util.Optional.<JsonObject>empty() : Templates.find(templateId),
        rawTitle, lang);
  }

  /** The id prefix of a template saved in a project (PJ20), as the template list and requests name it. */
  public static final String SAVED = "saved:";

  /** A saved template as template data (PJ13): one idea board whose clusters are its prompts, in any language. */
  static java.util.Optional<JsonObject> savedAsData(org.samskap.domain.projects.SavedTemplate t) {
    io.vertx.core.json.JsonArray ops = new io.vertx.core.json.JsonArray();
    for (int i = 0; i < t.prompts().size(); i++) {
      ops.add(new JsonObject().put("type", "cluster.create").put("x", 40).put("y", 40 + 320 * i).put("label", t.prompts().get(i)));
    }
    return java.util.Optional.of(new JsonObject().put("id", SAVED + t.id()).put("phase", t.phase())
        .put("boards", new io.vertx.core.json.JsonArray().add(new JsonObject().put("kind", "ideas").put("suffix", new JsonObject()).put("ops", ops))));
  }

  /**
   * Rule PJ20: saves one of the project's idea boards as a template of this project: its cluster
   * labels, read from the board's writer, become the prompts; offered in the board's phase.
   */
  public Future<Long> saveTemplate(String projectId, String boardId, String name) {
    return store.find(projectId).compose(found -> {
      if (found.isEmpty()) return Future.failedFuture(new Refused(Reason.NOT_FOUND, "There is no such project."));
      var ref = found.get().project().boards().stream().filter(b -> b.boardId().equals(boardId)).findFirst();
      if (ref.isEmpty()) {
        return Future.failedFuture(new Refused(Reason.NOT_FOUND, "The board is not in this project.", Map.of("field", "boardId")));
      }
      if (!"ideas".equals(ref.get().kind())) {
        return Future.failedFuture(new Refused(Reason.BAD_REQUEST, "Only an idea board can be saved as a template.", Map.of("field", "boardId")));
      }
      return boardWriter.read(boardId).compose(reply -> {
        if (!Boolean.TRUE.equals(reply.getBoolean("ok"))) {
          return Future.failedFuture(new Refused(Reason.UNAVAILABLE, "The board could not be read; try again."));
        }
        io.vertx.core.json.JsonArray prompts = new io.vertx.core.json.JsonArray();
        for (Object o : reply.getJsonObject("snapshot", new JsonObject()).getJsonArray("clusters", new io.vertx.core.json.JsonArray())) {
          if (o instanceof JsonObject c && c.getValue("label") instanceof String l && !l.isBlank()) prompts.add(l);
        }
        return writer.send(projectId, new JsonObject().put("type", ProjectOps.TEMPLATE_SAVE).put("boardId", boardId)
            .put("name", name).put("phase", ref.get().phase()).put("prompts", prompts));
      });
    });
  }

  private Future<List<BoardAdded>> fromTemplate(String projectId, String templateId, java.util.Optional<JsonObject> template,
      String rawTitle, String lang) {
    if (template.isEmpty()) {
      return Future.failedFuture(new Refused(Reason.NOT_FOUND, "There is no template '" + templateId + "'.", Map.of("field", "template")));
    }
    if (rawTitle == null || rawTitle.isBlank()) {
      return Future.failedFuture(new Refused(Reason.BAD_REQUEST, "Field 'title' must be a non-empty string.", Map.of("field", "title")));
    }
    if (template.get().getJsonArray("boards", new io.vertx.core.json.JsonArray()).isEmpty()) { // PJ19: a guide makes no board
      return Future.failedFuture(new Refused(Reason.BAD_REQUEST, "The template '" + templateId + "' is a guide and makes no boards.",
          Map.of("field", "template")));
    }
    String l = "nn".equals(lang) || "en".equals(lang) ? lang : "nb";
    int phase = template.get().getInteger("phase");
    List<BoardAdded> made = new ArrayList<>();
    Future<Void> chain = Future.succeededFuture();
    for (Object o : template.get().getJsonArray("boards")) {
      JsonObject b = (JsonObject) o;
      String suffix = b.getJsonObject("suffix", new JsonObject()).getString(l, "");
      String title = suffix.isEmpty() ? rawTitle.strip() : rawTitle.strip() + " – " + suffix;
      chain = chain.compose(v -> addBoard(projectId, b.getString("kind"), title, phase)).compose(added -> {
        made.add(added);
        Future<Void> ops = Future.succeededFuture();
        for (Object x : b.getJsonArray("ops", new io.vertx.core.json.JsonArray())) {
          JsonObject op = localized((JsonObject) x, l).put("clientOpId", "template-" + RandomIds.of(12));
          ops = ops.compose(v -> boardWriter.serverOp(added.board().meta().id(), op).compose(reply -> Boolean.TRUE.equals(reply.getBoolean("ok"))
              ? Future.<Void>succeededFuture()
              : Future.failedFuture(new Refused(Reason.UNAVAILABLE, "The template's board was made but not filled in; try again."))));
        }
        return ops;
      });
    }
    return chain.map(v -> made);
  }

  /** An op of a template with each {nb, nn, en} text replaced by the one in {@code lang}. */
  private static JsonObject localized(JsonObject op, String lang) {
    JsonObject out = new JsonObject();
    op.forEach(e -> out.put(e.getKey(), e.getValue() instanceof JsonObject texts && texts.containsKey("nb")
        ? texts.getString(lang, texts.getString("nb")) : e.getValue()));
    return out;
  }

  /**
   * Rule PJ14: the project as one zip: the project document (format, version, project,
   * checklists), each board's JSON export read from its writer, each stored pilot's JSON export,
   * and the report ({@code report.pdf}) in {@code lang}, drawn and zipped off the event loop.
   */
  public Future<byte[]> exportArchive(io.vertx.core.Vertx vertx, String projectId, org.samskap.boards.BoardExport exports,
      org.samskap.exports.ExportLang lang) {
    return store.find(projectId).compose(found -> {
      if (found.isEmpty()) return Future.failedFuture(new Refused(Reason.NOT_FOUND, "There is no such project."));
      Project p = found.get().project();
      Map<String, byte[]> files = new LinkedHashMap<>();
      Map<String, byte[]> pilotFiles = new LinkedHashMap<>();
      Map<String, org.samskap.domain.pilots.Pilot> stored = new LinkedHashMap<>();
      Future<Void> chain = Future.succeededFuture();
      for (var b : p.boards()) {
        chain = chain.compose(v -> exports.current(b.boardId(), "json", org.samskap.exports.ExportLang.NB)
            .map(f -> { files.put(b.boardId(), f.bytes()); return (Void) null; }));
      }
      for (var ref : p.pilots()) { // a pilot named by the project but no longer stored has no entry
        chain = chain.compose(v -> pilots.find(ref.pilotId())).compose(found2 -> found2.isEmpty() ? Future.<Void>succeededFuture()
            : pilots.measurements(ref.pilotId(), null, org.samskap.exports.PilotExports.MAX_MEASUREMENTS).map(ms -> {
              pilotFiles.put(ref.pilotId(), org.samskap.exports.PilotExports.json(found2.get().pilot(), found2.get().rev(), clock.getAsLong(), ms));
              stored.put(ref.pilotId(), found2.get().pilot());
              return (Void) null;
            }));
      }
      java.util.concurrent.Callable<byte[]> zip = () -> {
        var lists = ChecklistData.checklists();
        Map<Integer, List<String>> items = new LinkedHashMap<>();
        for (int n = Project.FIRST_PHASE; n <= Project.LAST_PHASE; n++) items.put(n, lists.items(n));
        byte[] report = org.samskap.exports.ProjectReport.bytes(p, items, stored, lang);
        return ProjectArchive.write(new JsonObject().put("format", ProjectArchive.FORMAT)
            .put("version", ProjectArchive.VERSION).put("project", new JsonObject(ProjectCodec.project(p)))
            .put("checklists", ChecklistData.json()), files, pilotFiles, report);
      };
      return chain.compose(v -> vertx.executeBlocking(zip, false));
    });
  }

  /**
   * Rule PJ15: a project archive from elsewhere becomes a new project with a new owner token: the
   * archive, the project and every board are checked in full first (a refusal names the entry and
   * nothing is stored), then the project is stored, then each board, placed in its phase.
   */
  /** An imported project, its owner token, and its boards' new tokens (shown only now). */
  public record Imported(Created created, List<BoardCreation.Created> boards, List<org.samskap.pilots.PilotCandidates.Created> pilots) {}

  /** A checked archive: the old project, its checked boards and its checked pilots (with new ids). */
  private record Checked(Project old, List<Map.Entry<org.samskap.domain.projects.BoardRef, org.samskap.boards.BoardImport.Checked>> boards,
      List<Map.Entry<org.samskap.domain.projects.PilotRef, org.samskap.exports.PilotExports.Imported>> pilots) {}

  public Future<Imported> importArchive(io.vertx.core.Vertx vertx, byte[] zip) {
    return vertx.executeBlocking(() -> {
      ProjectArchive.Read read = ProjectArchive.read(zip);
      Project old;
      try {
        old = ProjectCodec.project(read.project().getJsonObject("project", new JsonObject()).getMap());
      } catch (ProjectInvalid | ClassCastException e) {
        throw new ProjectArchive.Refused(ProjectArchive.PROJECT_ENTRY, "The project is not valid: " + e.getMessage());
      }
      java.util.Set<String> referenced = new java.util.HashSet<>();
      List<Map.Entry<org.samskap.domain.projects.BoardRef, org.samskap.boards.BoardImport.Checked>> checked = new ArrayList<>();
      for (var ref : old.boards()) {
        referenced.add(ref.boardId());
        byte[] file = read.boards().get(ref.boardId());
        String entry = "boards/" + ref.boardId() + ".json";
        if (file == null) throw new ProjectArchive.Refused(entry, "The project names a board the archive does not hold.");
        try {
          checked.add(Map.entry(ref, boards.checkImport(file)));
        } catch (org.samskap.exports.ImportException e) {
          throw new ProjectArchive.Refused(entry, e.getMessage());
        }
      }
      for (String id : read.boards().keySet()) {
        if (!referenced.contains(id)) throw new ProjectArchive.Refused("boards/" + id + ".json", "The board is not in the project.");
      }
      List<Map.Entry<org.samskap.domain.projects.PilotRef, org.samskap.exports.PilotExports.Imported>> checkedPilots = new ArrayList<>();
      java.util.Set<String> named = new java.util.HashSet<>();
      for (var ref : old.pilots()) { // a pilot the export found missing has no entry and is left out
        named.add(ref.pilotId());
        byte[] file = read.pilots().get(ref.pilotId());
        if (file == null) continue;
        String entry = "pilots/" + ref.pilotId() + ".json";
        try {
          checkedPilots.add(Map.entry(ref, org.samskap.exports.PilotExports.read(org.samskap.exports.ImportReader.read(
              new java.io.ByteArrayInputStream(file)), RandomIds.of(12), () -> RandomIds.of(12))));
        } catch (org.samskap.exports.ImportException e) {
          throw new ProjectArchive.Refused(entry, e.getMessage());
        } catch (RuntimeException e) {
          throw new ProjectArchive.Refused(entry, "The pilot is not a valid pilot export.");
        }
      }
      for (String id : read.pilots().keySet()) {
        if (!named.contains(id)) throw new ProjectArchive.Refused("pilots/" + id + ".json", "The pilot is not in the project.");
      }
      return new Checked(old, checked, checkedPilots);
    }, false).recover(e -> Future.failedFuture(e instanceof ProjectArchive.Refused r
        ? new Refused(Reason.BAD_REQUEST, r.getMessage(), Map.of("entry", r.entry()))
        : new Refused(Reason.BAD_REQUEST, "The archive could not be read.")))
        .compose(parts -> {
          Project old = parts.old();
          Project fresh = new Project(RandomIds.of(12), old.title(), old.problem(), old.goal(), old.owner(), old.unit(), old.phase(),
              old.createdAt(), old.updatedAt(), old.ticks(), old.decisions(), List.of(), List.of(), null, old.templates());
          String token = Tokens.newToken();
          Map<String, String> hashes = new LinkedHashMap<>();
          hashes.put(Tokens.hash(token), ProjectAccess.OWNER);
          Future<Void> chain = store.create(fresh, hashes);
          List<BoardCreation.Created> made = new ArrayList<>();
          Map<String, String> newBoardIds = new LinkedHashMap<>();
          for (var c : parts.boards()) {
            chain = chain.compose(v -> boards.storeImported(c.getValue(), fresh.id(), c.getKey().phase()))
                .compose(b -> { made.add(b); newBoardIds.put(c.getKey().boardId(), b.meta().id()); return writer.send(fresh.id(), new JsonObject().put("type", ProjectOps.BOARD_ADD)
                    .put("boardId", b.meta().id()).put("kind", b.meta().kind()).put("title", b.meta().title())
                    .put("phase", c.getKey().phase())); })
                .mapEmpty();
          }
          List<org.samskap.pilots.PilotCandidates.Created> madePilots = new ArrayList<>();
          for (var c : parts.pilots()) {
            chain = chain.compose(v -> {
              var pilot = relinked(c.getValue().pilot(), newBoardIds);
              String editor = Tokens.newToken();
              String viewer = Tokens.newToken();
              return pilots.createImported(pilot, org.samskap.pilots.PilotService.hashes(editor, viewer), c.getValue().measurements())
                  .compose(x -> { madePilots.add(new org.samskap.pilots.PilotCandidates.Created(pilot, editor, viewer));
                    return writer.send(fresh.id(), new JsonObject().put("type", ProjectOps.PILOT_ADD).put("pilotId", pilot.id())
                        .put("title", c.getKey().title()).put("phase", c.getKey().phase())); })
                  .mapEmpty();
            });
          }
          return chain.map(v -> new Imported(new Created(fresh, token), made, madePilots));
        });
  }

  /** Rule PJ15: an imported pilot made from a matrix board in the archive points at that board's new copy. */
  static org.samskap.domain.pilots.Pilot relinked(org.samskap.domain.pilots.Pilot p, Map<String, String> newBoardIds) {
    var prov = p.provenance();
    String to = newBoardIds.get(prov.matrixBoardId());
    if (to == null) return p;
    var moved = new org.samskap.domain.pilots.Provenance(to, prov.itemId(), prov.text(), prov.source(), prov.aggregate(), prov.decision(),
        prov.journeySteps(), prov.copiedAt());
    return new org.samskap.domain.pilots.Pilot(p.id(), p.title(), p.status(), p.round(), moved, p.plan(), p.economics(), p.gains(), p.costs(),
        p.evaluation(), p.decision(), p.rounds(), p.createdAt(), p.updatedAt());
  }

  /** The project and phase a board is placed in (PJ6, PJ11), or {@code not_found}. */
  public Future<ProjectStore.BoardRow> placementOf(String boardId) {
    return store.board(boardId).compose(b -> b.isPresent() && b.get().projectId() != null ? Future.succeededFuture(b.get())
        : Future.failedFuture(new Refused(Reason.NOT_FOUND, "The board is in no project yet.")));
  }

  /**
   * Rule PJ16: a pilot made from a matrix item after start-up joins the project its matrix board
   * is placed in, in phase 4, at once (through the writer, so the page hears {@code pilot.add}).
   * A pilot whose board is in no project waits for the next start (PJ11).
   */
  public Future<Void> pilotMade(org.samskap.domain.pilots.Pilot pilot) {
    String boardId = pilot.provenance() == null ? null : pilot.provenance().matrixBoardId();
    if (boardId == null) return Future.succeededFuture();
    return store.board(boardId).compose(row -> {
      if (row.isEmpty() || row.get().projectId() == null) return Future.<Void>succeededFuture();
      String title = pilot.title() == null || pilot.title().isBlank() ? pilot.id() : pilot.title().strip();
      if (title.codePointCount(0, title.length()) > Project.MAX_TITLE_CHARS) title = title.substring(0, title.offsetByCodePoints(0, Project.MAX_TITLE_CHARS));
      return writer.send(row.get().projectId(), new JsonObject().put("type", ProjectOps.PILOT_ADD).put("pilotId", pilot.id())
          .put("title", title).put("phase", ProjectPlacement.PILOT_PHASE)).mapEmpty();
    });
  }

  /** Rule PJ12: a new owner token replaces every earlier one; shown only now. */
  public Future<String> rotateOwner(String projectId) {
    String token = Tokens.newToken();
    return writer.send(projectId, new JsonObject().put("type", ProjectOps.ROTATE).put("hash", Tokens.hash(token)))
        .map(rev -> token);
  }

  /** A project rule broken: its code as a reason, naming the field. */
  public static Refused refused(ProjectInvalid e) {
    Reason reason = switch (e.code()) {
      case "not_found" -> Reason.NOT_FOUND;
      case "bad_transition" -> Reason.BAD_TRANSITION;
      case "too_many" -> Reason.TOO_MANY;
      case "conflict" -> Reason.CONFLICT;
      case "text_too_long" -> Reason.TEXT_TOO_LONG;
      case "invalid_token" -> Reason.INVALID_TOKEN; // PM5
      case "link_used" -> Reason.LINK_USED;
      case "link_expired" -> Reason.LINK_EXPIRED;
      case "last_owner" -> Reason.LAST_OWNER; // PM3
      case "no_invite" -> Reason.NO_INVITE; // PM4
      default -> Reason.BAD_REQUEST;
    };
    Map<String, Object> details = new LinkedHashMap<>();
    if (e.field() != null && !e.field().isEmpty()) details.put("field", e.field());
    return new Refused(reason, e.getMessage(), details);
  }
}
