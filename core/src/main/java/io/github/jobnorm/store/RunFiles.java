package io.github.jobnorm.store;

import io.github.jobnorm.fetch.Fetcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a run file end to end: takes the store's lock, opens the store and the events file,
 * builds the polite fetcher (remembering page validators in the store) and runs every source.
 *
 * <pre>{@code
 * RunFile run = RunFile.read(Path.of("jobnorm.yaml"));
 * Aggregator.Summary s = RunFiles.run(Path.of("jobnorm.yaml"), run, RunSettings.defaults(System.out));
 * }</pre>
 */
public final class RunFiles {
  private RunFiles() {}

  /**
   * Runs the run file.
   *
   * @param path where the run file is (relative store and events paths are beside it)
   * @param run the run file, read
   * @param settings the command line's choices
   * @throws StoreLockedException when another run holds the store
   * @throws IOException when the lock, the store or the events file cannot be used
   */
  public static Aggregator.Summary run(Path path, RunFile run, RunSettings settings)
      throws IOException {
    Path storePath = settings.store() != null ? settings.store() : run.storePath(path);
    String events = settings.events();
    Path eventsPath = "-".equals(events) ? null
        : events != null ? Path.of(events) : run.eventsPath(path);
    try (StoreLock lock = StoreLock.acquire(storePath, settings.lockWait());
        JdbcPostingStore store = JdbcPostingStore.open(storePath);
        EventSink sink = eventsPath == null ? EventSink.stream(settings.stdout())
            : EventSink.file(eventsPath)) {
      Fetcher fetcher = run.politeness().apply(Fetcher.builder()).validatorStore(store).build();
      List<ListingSource> sources = FetchListings.of(run, fetcher, settings.baseUrlOverride());
      return new Aggregator(store, sink, settings.mode(), settings.clock()).run(sources);
    }
  }
}
