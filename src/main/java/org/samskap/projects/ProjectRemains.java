package org.samskap.projects;

import java.util.List;
import java.util.Map;

import io.vertx.core.Future;

/**
 * The storage port of a project's deletion and retention (rules D10, D11, docs/PROTOCOL.md): the
 * project document with its token hashes, its pilots (with their token hashes and measurements),
 * the tombstone a deleted project leaves, and the owner's "keep". Every write completes once
 * durable. The boards of a project are deleted by the board deletion (D1), not here.
 */
public interface ProjectRemains {
  /**
   * Deletes the pilots (their documents, with provenance, plan, gains and token hashes) and their
   * measurements. Pilots already gone are skipped.
   */
  Future<Void> deletePilots(List<String> pilotIds);

  /**
   * Deletes the project document (with its decisions, ticks, saved templates and token hashes) and
   * keeps a tombstone of the id and the time only (collection {@code deleted_projects}). False when
   * there was no such project. Called by the project's one writer (PJ9).
   */
  Future<Boolean> deleteProject(String projectId, long at);

  /** True when the project was deleted (its tombstone is stored). */
  Future<Boolean> deleted(String projectId);

  /** Rule D11: records that the owner keeps the project at {@code now}; false when there is no such project. */
  Future<Boolean> keep(String projectId, long now);

  /** Rule D11: the time each stored project was last kept by its owner (projects never kept are absent). */
  Future<Map<String, Long>> keptAt();
}
