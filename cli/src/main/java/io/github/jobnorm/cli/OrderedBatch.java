package io.github.jobnorm.cli;

import io.github.jobnorm.ParseFailure.Reason;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * Runs units of work on {@code jobs} threads and hands their outcomes to a consumer in
 * submission order, on the submitting thread. At most a fixed window of units is in flight, so
 * memory stays flat however many are submitted: {@link #submit} waits for the oldest when the
 * window is full. The consumer returns false to stop the batch (fail-fast); queued units are then
 * cancelled and later submissions ignored.
 */
final class OrderedBatch implements AutoCloseable {
  private final Predicate<Outcome> consumer;
  private final ExecutorService pool;
  private final Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
  private final int window;
  private boolean stopped;

  OrderedBatch(int jobs, Predicate<Outcome> consumer) {
    this.consumer = consumer;
    this.window = Math.max(16, jobs * 4);
    this.pool = jobs <= 1 ? null : Executors.newFixedThreadPool(jobs, r -> {
      Thread t = new Thread(r, "jobnorm-parse");
      t.setDaemon(true);
      return t;
    });
  }

  /** Whether the consumer stopped the batch. */
  boolean stopped() {
    return stopped;
  }

  /** Runs the unit, or queues it; hands over every outcome that is ready in order. */
  void submit(String input, long row, Callable<Outcome> unit) {
    if (stopped) {
      return;
    }
    if (pool == null) {
      accept(run(input, row, unit));
      return;
    }
    while (inFlight.size() >= window && !stopped) {
      accept(get(inFlight.removeFirst(), input, row));
    }
    if (stopped) {
      return;
    }
    inFlight.addLast(pool.submit(() -> run(input, row, unit)));
    while (!inFlight.isEmpty() && inFlight.peekFirst().isDone() && !stopped) {
      accept(get(inFlight.removeFirst(), input, row));
    }
  }

  /** Waits for every queued unit and hands over its outcome. */
  void finish() {
    while (!inFlight.isEmpty() && !stopped) {
      accept(get(inFlight.removeFirst(), "<unknown>", 0));
    }
  }

  private void accept(Outcome outcome) {
    if (!consumer.test(outcome)) {
      stopped = true;
      inFlight.forEach(f -> f.cancel(true));
      inFlight.clear();
    }
  }

  private static Outcome run(String input, long row, Callable<Outcome> unit) {
    try {
      return unit.call();
    } catch (Exception | StackOverflowError e) {
      return Outcome.failed(input, row, Reason.INTERNAL_ERROR,
          "jobnorm failed on this input (" + e + "); please report it with the input");
    }
  }

  private static Outcome get(Future<Outcome> f, String input, long row) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.failed(input, row, Reason.INTERNAL_ERROR, "interrupted");
    } catch (ExecutionException e) {
      return Outcome.failed(input, row, Reason.INTERNAL_ERROR,
          "jobnorm failed on this input (" + e.getCause() + "); please report it with the input");
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
