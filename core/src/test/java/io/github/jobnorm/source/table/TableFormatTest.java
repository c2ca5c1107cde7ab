package io.github.jobnorm.source.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.fixtures.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TableFormatTest {
  private static TableFormat sniff(String text) {
    return TableFormat.sniff(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void fileNamesThatPromiseATable() {
    assertThat(TableFormat.fromFileName("jobs.CSV")).isEqualTo(TableFormat.CSV);
    assertThat(TableFormat.fromFileName("jobs.jsonl")).isEqualTo(TableFormat.JSON_LINES);
    assertThat(TableFormat.fromFileName("jobs.ndjson")).isEqualTo(TableFormat.JSON_LINES);
    assertThat(TableFormat.fromFileName("jobs.json")).isNull();
    assertThat(TableFormat.fromFileName("posting.txt")).isNull();
  }

  @Test
  void tablesAreRecognizedByTheirColumnNames() {
    assertThat(sniff("\"id\",\"site\",\"job_url\",\"title\",\"company\"\n\"li-1\",")).isEqualTo(
        TableFormat.CSV);
    assertThat(sniff("{\"title\":\"Chef\",\"company\":\"Bistro\",\"tags\":[\"a\"]}\n{")).isEqualTo(
        TableFormat.JSON_LINES);
    assertThat(sniff(" [ {\"job_title\":\"Chef\",\"description\":\"Cook\"}, {")).isEqualTo(
        TableFormat.JSON_ARRAY);
  }

  @Test
  void postingsAreNotTables() {
    assertThat(TableFormat.sniff(Fixtures.get("linkedin", "linkedin-4104804862").bytes()))
        .isNull();
    assertThat(sniff("Chef, Cook, Dishwasher\nWe are hiring")).isNull();
    assertThat(sniff("[{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\","
        + "\"title\":\"Chef\"}]")).isNull();
    assertThat(sniff("{\"title\":\"Chef\",\"location\":{\"name\":\"Paris\"}}")).isNull();
    assertThat(sniff("<html><body>title,company,description</body></html>\n")).isNull();
    assertThat(sniff("   ")).isNull();
  }
}
