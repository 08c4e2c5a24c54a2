package org.samskap.polls;

import java.util.List;
import java.util.Optional;

import io.vertx.core.Future;

import org.samskap.domain.polls.Poll;
import org.samskap.domain.polls.VoterGroup;

/** Storage of polls, their links and ballots. Writes complete once durable. */
public interface PollStore {

  /** A stored ballot, as the results need it: nothing but the group and the choices. */
  record Ballot(VoterGroup group, List<String> choices) {}

  enum Cast { STORED, ALREADY_VOTED }

  Future<Void> init();

  Future<Void> create(Poll poll, List<PollLink> links);

  Future<Optional<Poll>> find(String pollId);

  Future<List<Poll>> ofBoard(String boardId);

  Future<Optional<PollLink>> link(String tokenHash);

  Future<Void> addLink(PollLink link);

  /** Revokes a link and every device token it handed out; the number of links revoked. */
  Future<Long> revoke(String pollId, String linkId);

  Future<Boolean> close(String pollId);

  /** Opens a closed poll again (rule P12); true when the poll exists. */
  Future<Boolean> reopen(String pollId);

  /** Stores a ballot; a second one for the same poll and token is refused by a unique index (rule P5). */
  Future<Cast> cast(String pollId, String tokenHash, VoterGroup group, List<String> choices);

  Future<List<Ballot>> ballots(String pollId);

  Future<Boolean> hasBallot(String pollId, String tokenHash);
}
