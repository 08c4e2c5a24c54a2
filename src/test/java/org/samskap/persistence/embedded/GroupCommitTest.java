package org.samskap.persistence.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Rule [S3] (docs/ARCHITECTURE.md): the waiting and leading of {@link GroupCommit}, without a database. */
class GroupCommitTest {

  @Test
  void aLoneWriterLeadsItsOwnCommitOnItsOwnThreadWithNoTimer_S3() {
    GroupCommit group = new GroupCommit();
    Thread caller = Thread.currentThread();
    List<Thread> committers = new ArrayList<>();
    for (long seq = 1; seq <= 3; seq++) {
      long upTo = seq;
      assertNull(group.awaitCommitted(seq, () -> {
        committers.add(Thread.currentThread());
        return upTo;
      }));
    }
    // each commit ran at once, inside the call, on the writer's own thread: nothing waited for a timer
    assertEquals(List.of(caller, caller, caller), committers);
  }

  @Test
  void commandsThatRanDuringACommitWaitAndShareTheNextOne_S3() throws Exception {
    GroupCommit group = new GroupCommit();
    AtomicInteger commits = new AtomicInteger();
    AtomicLong executed = new AtomicLong(1);
    CountDownLatch firstCommitStarted = new CountDownLatch(1);
    CountDownLatch releaseFirstCommit = new CountDownLatch(1);
    CompletableFuture<RuntimeException> first = CompletableFuture.supplyAsync(() -> group.awaitCommitted(1, () -> {
      commits.incrementAndGet();
      long upTo = executed.get(); // only command 1 had run when this commit started
      firstCommitStarted.countDown();
      await(releaseFirstCommit);
      return upTo;
    }));
    firstCommitStarted.await(10, TimeUnit.SECONDS);
    executed.set(3); // commands 2 and 3 run while commit 1 is under way
    List<CompletableFuture<RuntimeException>> later = new ArrayList<>();
    for (long seq = 2; seq <= 3; seq++) {
      long s = seq;
      later.add(CompletableFuture.supplyAsync(() -> group.awaitCommitted(s, () -> {
        commits.incrementAndGet();
        return executed.get();
      })));
    }
    Thread.sleep(200);
    for (CompletableFuture<RuntimeException> f : later) assertFalse(f.isDone(), "answered before a commit covered it");
    releaseFirstCommit.countDown();
    assertNull(first.get(10, TimeUnit.SECONDS));
    for (CompletableFuture<RuntimeException> f : later) assertNull(f.get(10, TimeUnit.SECONDS));
    assertEquals(2, commits.get(), "commands 2 and 3 share one commit");
  }

  @Test
  void aFailedCommitAnswersTheCommandsItWasToCoverWithItsFailure_S3() throws Exception {
    GroupCommit group = new GroupCommit();
    RuntimeException boom = new IllegalStateException("disk full");
    assertSame(boom, group.awaitCommitted(1, () -> {
      throw boom;
    }));
    // a later command is not answered with the old failure: its own commit runs
    assertNull(group.awaitCommitted(2, () -> 2));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
