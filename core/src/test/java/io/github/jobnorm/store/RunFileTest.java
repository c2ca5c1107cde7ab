package io.github.jobnorm.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jobnorm.fetch.Board;
import io.github.jobnorm.model.WorkplaceType;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Reading run files: every kind of source, the defaults, and errors with line and column. */
class RunFileTest {

  private static RunFileException error(String yaml) {
    try {
      RunFile.parse(yaml, "jobnorm.yaml");
    } catch (RunFileException e) {
      return e;
    }
    throw new AssertionError("accepted: " + yaml);
  }

  @Test
  void readsEveryKindOfSourceWithNamesAndRates() throws Exception {
    RunFile run = RunFile.parse("""
        sources:
          - greenhouse: northwindlabs
          - lever: brightpath
            rate: 2
          - ashby: harbor
            name: harbor-ashby
          - linkedin:
              keywords: data engineer
              location: Berlin, Germany
              postedWithin: 1d
              workplace: [remote, HYBRID]
              limit: 200
            name: berlin-data
          - urls:
              - https://example.com/jobs/1
        politeness:
          contact: mailto:jobs@example.com
          rate: 0.5
        output:
          events: out/events.jsonl
        """, "jobnorm.yaml");

    assertThat(run.sources()).extracting(SourceSpec::effectiveName).containsExactly(
        "greenhouse:northwindlabs", "lever:brightpath", "harbor-ashby", "berlin-data", "urls");
    assertThat(run.sources().get(1).board()).isEqualTo(Board.parse("lever:brightpath"));
    assertThat(run.sources().get(1).rate()).isEqualTo(2.0);
    var query = run.sources().get(3).linkedin().toQuery();
    assertThat(query.postedWithin()).isEqualTo(Duration.ofDays(1));
    assertThat(query.workplaceTypes())
        .containsExactlyInAnyOrder(WorkplaceType.REMOTE, WorkplaceType.HYBRID);
    assertThat(query.limit()).isEqualTo(200);
    assertThat(query.details()).isTrue();
    assertThat(run.politeness().rate()).isEqualTo(0.5);
    Path file = Path.of("/srv/jobs/jobnorm.yaml");
    assertThat(run.storePath(file)).isEqualTo(Path.of("/srv/jobs/jobnorm.db"));
    assertThat(run.eventsPath(file)).isEqualTo(Path.of("/srv/jobs/out/events.jsonl"));
  }

  @Test
  void defaultsPutTheStoreAndTheEventsBesideTheRunFile() throws Exception {
    RunFile run = RunFile.parse("sources: [{greenhouse: acme}]", "x.yaml");
    Path file = Path.of("/srv/jobs/hourly.yaml");
    assertThat(run.storePath(file)).isEqualTo(Path.of("/srv/jobs/hourly.db"));
    assertThat(run.eventsPath(file)).isEqualTo(Path.of("/srv/jobs/hourly.events.jsonl"));
    assertThat(run.politeness().ignoreRobots()).isFalse();
  }

  @Test
  void anUnknownKeyIsRejectedAtItsLineAndColumn() {
    RunFileException e = error("sources:\n  - greenhouse: acme\n    rat: 2\n");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(5);
    assertThat(e.getMessage()).startsWith("jobnorm.yaml:3:5: unknown key 'rat' in sources[0].rat")
        .contains("expected one of:").contains("rate");
  }

  @Test
  void aValueOfTheWrongTypeIsRejectedAtItsLine() {
    RunFileException e = error("sources:\n  - lever: acme\npoliteness:\n  rate: fast\n");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.getMessage()).contains("bad value 'fast' for politeness.rate: expected a number");
  }

  @Test
  void anUnknownWorkplaceIsRejectedWithTheChoices() {
    RunFileException e = error(
        "sources:\n  - linkedin:\n      keywords: java\n      workplace: [moon]\n");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.getMessage()).contains("'moon'").contains("[ON_SITE, HYBRID, REMOTE]");
  }

  @Test
  void badValuesCheckedByTheRecordsAreRejectedWithAPlace() {
    assertThat(error("sources:\n  - greenhouse: acme\n    lever: acme\n").getMessage())
        .matches("jobnorm\\.yaml:\\d+:\\d+: .*exactly one of greenhouse, lever, ashby, linkedin"
            + " or urls; found 2");
    assertThat(error("sources:\n  - greenhouse: 'a b'\n").getMessage())
        .contains("a board token is letters, digits");
    assertThat(error("sources:\n  - urls: [ftp://example.com/x]\n").getMessage())
        .contains("not an absolute http(s) URL: ftp://example.com/x");
    assertThat(error("sources:\n  - linkedin: {keywords: java, postedWithin: soon}\n")
        .getMessage()).contains("postedWithin is a number with h, d or w");
    assertThat(error("sources:\n  - lever: acme\n  - lever: acme\n").getMessage())
        .contains("two sources are named 'lever:acme'");
    assertThat(error("sources: []\n").getMessage()).contains("sources is missing or empty");
    assertThat(error("politeness: {rate: 1}\n").getMessage())
        .contains("sources is missing or empty");
  }

  @Test
  void aDuplicateKeyAndBrokenYamlAreRejected() {
    assertThat(error("sources:\n  - lever: a\n    lever: b\n").getMessage())
        .contains("jobnorm.yaml:3:").contains("Duplicate field 'lever'");
    assertThat(error("sources: [greenhouse: a\n").line()).isPositive();
    assertThat(error("   \n").getMessage()).isEqualTo("jobnorm.yaml: the run file is empty");
  }

  @Test
  void shortAndIsoDurationsAreRead() {
    assertThat(LinkedInSpec.duration("24h")).isEqualTo(Duration.ofHours(24));
    assertThat(LinkedInSpec.duration("2w")).isEqualTo(Duration.ofDays(14));
    assertThat(LinkedInSpec.duration("P1D")).isEqualTo(Duration.ofDays(1));
    assertThat(LinkedInSpec.duration("pt12h")).isEqualTo(Duration.ofHours(12));
  }
}
