package io.github.jobnorm.source.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.fixtures.Fixtures;
import io.github.jobnorm.internal.JsonLimits;
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

  @Test
  void aMinifiedAtsPostingOnOneLineIsNotATable() throws Exception {
    String pretty = Fixtures.get("greenhouse", "northwind-backend-engineer-with-pay").text();
    String minified = JsonLimits.treeReader().readTree(pretty).toString();
    assertThat(minified).doesNotContain("\n").startsWith("{\"absolute_url\"");
    assertThat(sniff(minified)).isNull();
    // Its flat keys alone would name a table; the nested location after them is what says no.
    assertThat(sniff("{\"title\":\"Chef\",\"content\":\"" + "Cook. ".repeat(200_000)
        + "\",\"location\":{\"name\":\"Paris\"},\"id\":7}")).isNull();
    assertThat(sniff("{\"title\":\"Chef\",\"content\":\"Cook\",\"id\":7}")).isEqualTo(
        TableFormat.JSON_LINES);
    // Cut off inside its first object, as a head of a bigger file is.
    assertThat(sniff("{\"title\":\"Chef\",\"content\":\"Cook")).isNull();
  }

  @Test
  void aFlatJsonLinesTable() {
    String table = "{\"job_id\":1,\"title\":\"Chef\",\"company_name\":\"Bistro\","
        + "\"description\":\"Cook\",\"max_salary\":null,\"remote_allowed\":true,"
        + "\"skills\":[\"knives\",{\"name\":\"sauces\"}]}\n"
        + "{\"job_id\":2,\"title\":\"Waiter\",\"company_name\":\"Bistro\","
        + "\"description\":\"Serve\",\"max_salary\":12.5,\"remote_allowed\":false,"
        + "\"skills\":[]}\n";
    assertThat(sniff(table)).isEqualTo(TableFormat.JSON_LINES);
    // A pretty-printed object is not one object per line.
    assertThat(sniff("{\n  \"title\": \"Chef\",\n  \"description\": \"Cook\"\n}\n")).isNull();
  }
}
