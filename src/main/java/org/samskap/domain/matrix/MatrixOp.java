package org.samskap.domain.matrix;

import java.util.List;
import java.util.Objects;

/**
 * A request to change a matrix board. Ops whose effect is exactly their fields are also their
 * own event; the others get an event record with what the server resolved (ids, full names,
 * the aggregate, the decision-log entry).
 */
public sealed interface MatrixOp permits
    MatrixOp.RenameBoard, MatrixOp.RenameAxis, MatrixOp.RenameQuadrant, MatrixOp.SetScale, MatrixOp.SetPlacement,
    MatrixOp.CreateItem, MatrixOp.ImportItems, MatrixOp.EditItem, MatrixOp.DeleteItem, MatrixOp.PlaceItem,
    MatrixOp.ScoreItem, MatrixOp.DecideItem, MatrixOp.RevealScores, MatrixOp.RestoreItem {

  /** The wire name, e.g. {@code item.score}. */
  String type();

  record RenameBoard(String title) implements MatrixOp, MatrixEvent {
    public String type() { return "board.rename"; }
  }

  /** A null name keeps that language's current name. */
  record RenameAxis(Axis axis, String nb, String nn, String en) implements MatrixOp {
    public String type() { return "axis.rename"; }
  }

  /** A null name keeps that language's current name. */
  record RenameQuadrant(Quadrant quadrant, String nb, String nn, String en) implements MatrixOp {
    public String type() { return "quadrant.rename"; }
  }

  record SetScale(Scale scale) implements MatrixOp, MatrixEvent {
    public String type() { return "scale.set"; }
  }

  record SetPlacement(Placement placement) implements MatrixOp, MatrixEvent {
    public String type() { return "placement.set"; }
  }

  record CreateItem(String text) implements MatrixOp {
    public String type() { return "item.create"; }
  }

  /** One note to import: its text and where it came from (established by the server). */
  record Imported(String text, Source source) {
    public Imported {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(source, "source");
    }
  }

  /** Only the server may send this op (the import route); provenance is never taken from a client. */
  record ImportItems(List<Imported> notes) implements MatrixOp {
    public ImportItems {
      notes = List.copyOf(notes);
    }

    public String type() { return "item.import"; }
  }

  record EditItem(String itemId, String text) implements MatrixOp, MatrixEvent {
    public String type() { return "item.edit"; }
  }

  record DeleteItem(String itemId) implements MatrixOp, MatrixEvent {
    public String type() { return "item.delete"; }
  }

  record PlaceItem(String itemId, double x, double y) implements MatrixOp, MatrixEvent {
    public String type() { return "item.place"; }
  }

  /**
   * Brings back an item an undo of {@code item.create} deleted, with its id, text, source and
   * placement; only an undo sends it (docs/PROTOCOL.md U7, U10), and only for an item that had
   * no scores and no decision, so the event holds nothing that is not public. {@code source} and
   * {@code placed} may be null.
   */
  record RestoreItem(String itemId, String text, Source source, Point placed) implements MatrixOp, MatrixEvent {
    public RestoreItem {
      java.util.Objects.requireNonNull(itemId, "itemId");
      java.util.Objects.requireNonNull(text, "text");
    }

    public String type() { return "item.restore"; }
  }

  record ScoreItem(String itemId, double x, double y) implements MatrixOp {
    public String type() { return "item.score"; }
  }

  record DecideItem(String itemId, Verdict verdict, String reason) implements MatrixOp {
    public String type() { return "item.decide"; }
  }

  /**
   * The facilitator shows every item's aggregate to everyone even below the threshold
   * ({@code revealed} true), or hides it again (rule M11).
   */
  record RevealScores(boolean revealed) implements MatrixOp, MatrixEvent {
    public String type() { return "scores.reveal"; }
  }
}
