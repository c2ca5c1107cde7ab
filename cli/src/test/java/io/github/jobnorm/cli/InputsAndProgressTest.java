package io.github.jobnorm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsAndProgressTest {
  @TempDir Path dir;

  @Test
  void foldersAndGlobsExpandSortedWithoutHiddenFiles() throws Exception {
    Files.createDirectories(dir.resolve("b/deep"));
    Files.createDirectories(dir.resolve(".git"));
    for (String f : new String[] {"b/deep/z.csv", "b/a.csv", "a.txt", ".x.csv", ".git/c.csv",
        "c.csv"}) {
      Files.writeString(dir.resolve(f), "x");
    }
    List<Input> all = Inputs.expand(List.of(dir.toString()), null);
    assertThat(all).extracting(Input::file).containsExactly(dir.resolve("a.txt"),
        dir.resolve("b/a.csv"), dir.resolve("b/deep/z.csv"), dir.resolve("c.csv"));
    assertThat(Inputs.expand(List.of(dir + "/**/*.csv"), null)).extracting(Input::file)
        .containsExactly(dir.resolve("b/a.csv"), dir.resolve("b/deep/z.csv"),
            dir.resolve("c.csv"));
    assertThat(Inputs.expand(List.of(dir + "/*.csv"), dir.resolve("c.csv")))
        .extracting(Input::kind).containsExactly(Input.Kind.NOTHING);
    assertThat(Inputs.expand(List.of("-", "HTTPS://x.example/job"), null))
        .extracting(Input::kind).containsExactly(Input.Kind.STDIN, Input.Kind.URL);
  }

  @Test
  void theProgressLineShowsCountRateShareAndTimeLeft() {
    assertThat(Progress.line(1234, 2, 370, 3.0, 1000))
        .isEqualTo("parsed 1,234  failed 2  412/s  37%  ETA 0:05");
    assertThat(Progress.line(5, 0, 0, 0.2, -1)).isEqualTo("parsed 5  failed 0");
  }

  @Test
  void progressIsDrawnOnlyWhenEnabledAndClearedBeforeOtherLines() {
    StringWriter quiet = new StringWriter();
    Progress off = new Progress(new PrintWriter(quiet), false, 100);
    off.update(1, 0, 10);
    off.println("jobnorm: x: bad");
    assertThat(quiet.toString()).isEqualTo("jobnorm: x: bad" + System.lineSeparator());
    StringWriter tty = new StringWriter();
    Progress on = new Progress(new PrintWriter(tty), true, 100);
    on.update(1, 0, 10);
    on.println("jobnorm: x: bad");
    assertThat(tty.toString()).startsWith("\r\033[Kparsed 1  failed 0")
        .endsWith("\r\033[Kjobnorm: x: bad" + System.lineSeparator());
  }

  @Test
  void theSummaryLineGroupsThousands() {
    assertThat(ParseCommand.summary(new BatchRun.Totals(9812, 3, 9815), 41.23))
        .isEqualTo("parsed 9,812, failed 3, 41.2 s");
  }
}
