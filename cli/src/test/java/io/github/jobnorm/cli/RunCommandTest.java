package io.github.jobnorm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.store.StoreLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jobnorm run}: bad run files, failing sources, a held lock. */
class RunCommandTest {
  @TempDir Path dir;

  @Test
  void aRunFileWithAnUnknownKeyIsAUsageErrorWithItsLineAndColumn() throws Exception {
    Path file = dir.resolve("jobnorm.yaml");
    Files.writeString(file, "sources:\n  - greenhouse: acme\n    rat: 2\n");

    CliRun r = CliRun.run("run", file.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("jobnorm: " + file + ":3:5: unknown key 'rat'");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aSourceThatCannotBeReachedIsReportedAndClosesNothing() throws Exception {
    Path file = dir.resolve("jobnorm.yaml");
    Files.writeString(file, "sources:\n  - greenhouse: acme\n"
        + "politeness: {ignoreRobots: true, maxAttempts: 1}\n");

    // port 9 on loopback: nothing listens there, so the connection is refused at once
    CliRun r = CliRun.run("run", file.toString(), "--base-url-override", "http://127.0.0.1:9",
        "--output", "-");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("jobnorm: run 1: 0 new, 0 changed, 0 closed, 0 seen")
        .contains("jobnorm: greenhouse:acme: greenhouse:acme could not be fetched: NETWORK");
    assertThat(dir.resolve("jobnorm.db")).exists();
  }

  @Test
  void aStoreHeldByAnotherRunIsRefused() throws Exception {
    Path file = dir.resolve("jobnorm.yaml");
    Files.writeString(file, "sources:\n  - lever: acme\n");

    try (StoreLock held = StoreLock.acquire(dir.resolve("jobnorm.db"), Duration.ZERO)) {
      CliRun r = CliRun.run("run", file.toString());

      assertThat(r.exitCode()).isEqualTo(RunCommand.LOCKED);
      assertThat(r.err()).contains("another run holds").contains("jobnorm.db.lock");
    }
  }
}
