package org.samskap.cluster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.samskap.board.BoardDirectory;
import org.samskap.board.BoardOwnership;
import org.samskap.board.OwnedElsewhereException;
import org.samskap.protocol.Addresses;
import org.samskap.util.LogSafe;

/**
 * One owner per board across the cluster. The owner of a board is the value of its entry in
 * the Hazelcast map {@value #OWNERS_MAP} (board id to Vert.x node id), set with atomic
 * put-if-absent or compare-and-replace, so two nodes never hold the same entry. Only the owner
 * consumes {@code board.<id>.ops}; the bridge on any node sends there and the clustered event
 * bus delivers to the owner. When a node leaves, its entries are handed over: a survivor with
 * clients of the board claims it at once and loads it from the database, and publishes a
 * {@code reset} (rule E4) so its clients catch up and send their unconfirmed ops again.
 *
 * <p>The database is the last fence: events are stored under {@code boardId:version}, so a node
 * that still believes it owns a board it lost (a network split) fails its next write and
 * acknowledges nothing.
 */
public final class ClusterBoards implements BoardOwnership, BoardDirectory.Placement {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterBoards.class);
  public static final String OWNERS_MAP = "samskap.board.owners";
  /** Published by an owner that unloaded a board, so other nodes forget where it was. */
  static final String RELEASED = "samskap.cluster.released";
  static final String OWNER_HEADER = "owner";
  /** The Hazelcast member attribute in which vertx-hazelcast keeps the Vert.x node id. */
  static final String NODE_ID_ATTRIBUTE = "__vertx.nodeId";
  private static final DeliveryOptions ACTIVATE = new DeliveryOptions().setSendTimeout(10_000);
  private static final int ATTEMPTS = 4;

  private final Vertx vertx;
  private final HazelcastInstance hazelcast;
  private final String self;
  private final IMap<String, String> owners;
  /** Boards this node's clients use whose writer runs on another node: board id to owner node id. */
  private final Map<String, String> elsewhere = new ConcurrentHashMap<>();
  private volatile BoardDirectory directory;
  private UUID listener;

  ClusterBoards(Vertx vertx, HazelcastInstance hazelcast, String self) {
    this.vertx = vertx;
    this.hazelcast = hazelcast;
    this.self = self;
    this.owners = hazelcast.getMap(OWNERS_MAP);
  }

  /** The address on which a node activates a board it owns, on request of another node. */
  public static String activateAddress(String nodeId) {
    return "samskap.node." + nodeId + ".activate";
  }

  /** Places boards of this node's directory across the cluster and watches for nodes that leave. */
  public Future<Void> start(BoardDirectory directory) {
    this.directory = directory;
    directory.placement(this);
    MessageConsumer<String> activate = vertx.eventBus().consumer(activateAddress(self), this::onActivate);
    MessageConsumer<String> released = vertx.eventBus().consumer(RELEASED,
        m -> elsewhere.remove(m.body(), m.headers().get(OWNER_HEADER)));
    listener = hazelcast.getCluster().addMembershipListener(new MembershipListener() {
      @Override
      public void memberAdded(MembershipEvent event) {
        // a new node owns nothing until it claims a board
        LOG.info("node {} joined the cluster ({} members)", event.getMember().getAttribute(NODE_ID_ATTRIBUTE),
            event.getMembers().size());
      }

      @Override
      public void memberRemoved(MembershipEvent event) {
        String node = event.getMember().getAttribute(NODE_ID_ATTRIBUTE);
        if (node != null) vertx.runOnContext(v -> nodeLeft(node));
      }
    });
    return Future.all(activate.completion(), released.completion()).mapEmpty();
  }

  public String nodeId() {
    return self;
  }

  // ---- BoardOwnership: claims by this node's shards ----

  @Override
  public Future<Boolean> claim(String boardId) {
    return vertx.executeBlocking(() -> claimNow(boardId), false);
  }

  private boolean claimNow(String boardId) {
    for (int i = 0; i < ATTEMPTS; i++) {
      String owner = owners.get(boardId);
      if (owner == null) {
        if (owners.putIfAbsent(boardId, self) == null) {
          LOG.info("board {}: claimed by this node", boardId);
          return true;
        }
      } else if (owner.equals(self)) {
        return true;
      } else if (!members().contains(owner)) {
        if (owners.replace(boardId, owner, self)) {
          LOG.info("board {}: claimed by this node, taken over from node {}, which left the cluster", boardId, owner);
          return true;
        }
      } else {
        return false;
      }
    }
    return false;
  }

  @Override
  public Future<Void> release(String boardId) {
    return vertx.executeBlocking(() -> owners.remove(boardId, self), false).map(removed -> {
      if (removed) vertx.eventBus().publish(RELEASED, boardId, new DeliveryOptions().addHeader(OWNER_HEADER, self));
      return null;
    });
  }

  // ---- BoardDirectory.Placement: finding a board's writer for this node's bridge ----

  @Override
  public Future<Void> ensureLive(String boardId, BoardDirectory here) {
    String known = elsewhere.get(boardId);
    if (known != null && members().contains(known)) return Future.succeededFuture();
    return locate(boardId, here, ATTEMPTS);
  }

  @Override
  public boolean liveElsewhere(String boardId) {
    return elsewhere.containsKey(boardId);
  }

  private Future<Void> locate(String boardId, BoardDirectory here, int attemptsLeft) {
    return vertx.executeBlocking(() -> Optional.ofNullable(owners.get(boardId)), false).compose(found -> {
      String owner = found.orElse(null);
      Future<?> attempt;
      if (owner == null || owner.equals(self) || !members().contains(owner)) {
        attempt = here.activateHere(boardId); // claims it, or fails with OwnedElsewhereException's code
      } else {
        attempt = vertx.eventBus().request(activateAddress(owner), boardId, ACTIVATE)
            .onSuccess(reply -> elsewhere.put(boardId, owner));
      }
      return attempt.<Void>mapEmpty().recover(e -> attemptsLeft > 1 && worthRetrying(e)
          ? locate(boardId, here, attemptsLeft - 1)
          : Future.failedFuture(e));
    });
  }

  /** Another node won the claim, or the owner went away between the lookup and the request. */
  private static boolean worthRetrying(Throwable e) {
    return e instanceof ReplyException r
        && (r.failureCode() == OwnedElsewhereException.FAILURE_CODE || r.failureType() == ReplyFailure.NO_HANDLERS);
  }

  /** Another node asks this node to activate a board the owners map says it owns. */
  private void onActivate(Message<String> msg) {
    BoardDirectory d = directory;
    d.activateHere(msg.body()).onComplete(ar -> {
      if (ar.succeeded()) {
        msg.reply(ar.result());
      } else if (ar.cause() instanceof ReplyException r) {
        msg.fail(r.failureCode(), r.getMessage());
      } else {
        msg.fail(503, String.valueOf(ar.cause().getMessage()));
      }
    });
  }

  // ---- failover ----

  /**
   * A node left (it shut down, crashed or was cut off). Boards it owned and this node's clients
   * use are claimed and loaded here at once; the others are freed for whoever asks next.
   */
  private void nodeLeft(String node) {
    long t0 = System.nanoTime();
    Set<String> used = new HashSet<>();
    elsewhere.forEach((board, owner) -> {
      if (owner.equals(node)) used.add(board);
    });
    used.forEach(board -> elsewhere.remove(board, node));
    vertx.executeBlocking(() -> {
      List<String> orphans = new ArrayList<>();
      for (Map.Entry<String, String> e : owners.entrySet()) {
        if (node.equals(e.getValue())) orphans.add(e.getKey());
      }
      for (String board : orphans) {
        if (!used.contains(board)) owners.remove(board, node);
      }
      return orphans.size();
    }, false).onComplete(ar -> {
      LOG.info("node {} left the cluster; {} of its boards freed, {} with clients here to take over",
          node, ar.succeeded() ? ar.result() : "?", used.size());
      for (String board : used) takeOver(board, node, t0);
    });
  }

  private void takeOver(String board, String from, long t0) {
    BoardDirectory d = directory;
    d.ensureLive(board).compose(v -> d.isLiveHere(board) ? d.activateHere(board) : Future.succeededFuture(-1L))
        .onSuccess(version -> {
          if (version < 0) return; // another survivor took it; it tells the clients
          LOG.info("board {}: loaded here at version {}, {} ms after node {} left", board, version,
              (System.nanoTime() - t0) / 1_000_000, from);
          // rule E4: nothing after this version was kept; clients catch up and resend unconfirmed ops
          org.samskap.protocol.SharedEvent.publish(vertx, Addresses.events(board),
              new JsonObject().put("type", "reset").put("ephemeral", true).put("version", version));
        })
        .onFailure(e -> LOG.warn("board {}: not taken over after node {} left: {}", board, from, LogSafe.describe(e)));
  }

  /** Vert.x node ids of the current members. */
  private Set<String> members() {
    Set<String> ids = new HashSet<>();
    for (Member m : hazelcast.getCluster().getMembers()) {
      String id = m.getAttribute(NODE_ID_ATTRIBUTE);
      if (id != null) ids.add(id);
    }
    return ids;
  }

  /** Stops watching the cluster (before the node leaves it). */
  public void close() {
    if (listener != null) hazelcast.getCluster().removeMembershipListener(listener);
  }
}
