package io.github.jobnorm.source.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.ParseFailure.Reason;
import io.github.jobnorm.testing.Corpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableReaderTest {

  private static List<TableRow> read(TableFormat format, String text) throws IOException {
    List<TableRow> rows = new ArrayList<>();
    try (TableReader r = TableReader.open(new ByteArrayInputStream(
        text.getBytes(StandardCharsets.UTF_8)), format, TableColumns.standard(), "t")) {
      r.forEachRemaining(rows::add);
    }
    return rows;
  }

  @Test
  void quotedMultiLineDescriptionsAreOneCell() throws IOException {
    List<TableRow> rows = read(TableFormat.CSV, "\uFEFFtitle,company,description\r\n"
        + "Nurse,\"Mercy, Inc.\",\"Duties:\n- Care for \"\"patients\"\"\n\nApply now\"\r\n"
        + "\r\n"
        + "Chef,Bistro,Cook\r\n");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).raw().company()).isEqualTo("Mercy, Inc.");
    assertThat(rows.get(0).raw().description())
        .isEqualTo("Duties:\n- Care for \"patients\"\n\nApply now");
    assertThat(rows.get(1).row()).isEqualTo(2);
    assertThat(rows.get(1).raw().title()).isEqualTo("Chef");
  }

  @Test
  void aRowWithTheWrongNumberOfCellsFailsAloneAndTheTableGoesOn() throws IOException {
    List<TableRow> rows = read(TableFormat.CSV, "title,description\nNurse,Care,extra\n,\n"
        + "Chef,Cook\n");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).failure().reason()).isEqualTo(Reason.MALFORMED);
    assertThat(rows.get(0).failure().message())
        .isEqualTo("row has 3 cells but the header has 2; check its quoting");
    assertThat(rows.get(0).failure().position()).isEqualTo(1);
    assertThat(rows.get(1).failure().message())
        .isEqualTo("row has neither a title nor a description");
    assertThat(rows.get(2).raw().title()).isEqualTo("Chef");
  }

  @Test
  void anUnterminatedQuoteFailsTheRowItSwallows() throws IOException {
    List<TableRow> rows = read(TableFormat.CSV, "title,description\nChef,Cook\n"
        + "Nurse,\"Care for patients\nBaker,Bake\n");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).raw().title()).isEqualTo("Chef");
    assertThat(rows.get(1).failure()).isNotNull();
    assertThat(rows.get(1).row()).isEqualTo(2);
  }

  @Test
  void aHeaderWithoutTitleOrDescriptionIsOneFailure() throws IOException {
    List<TableRow> rows = read(TableFormat.CSV, "name,value\na,1\nb,2\n");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).row()).isZero();
    assertThat(rows.get(0).failure().message()).startsWith(
        "no title or description column in the header [name, value]");
  }

  @Test
  void jsonLinesFailOneBrokenLineOnly() throws IOException {
    List<TableRow> rows = read(TableFormat.JSON_LINES, "{\"title\":\"Chef\",\"min_amount\":40000,"
        + "\"max_amount\":50000,\"currency\":\"EUR\",\"interval\":\"yearly\",\"is_remote\":true}\n"
        + "\n{\"title\": \"Nurse\", broken\n[1,2]\n{\"job_title\":\"Baker\",\"body\":\"Bake\"}\n");
    assertThat(rows).extracting(TableRow::row).containsExactly(1L, 2L, 3L, 4L);
    assertThat(rows.get(0).raw().pay().get(0).max()).isEqualByComparingTo("50000");
    assertThat(rows.get(0).raw().remote()).isTrue();
    assertThat(rows.get(1).failure().message()).startsWith("not JSON: ");
    assertThat(rows.get(2).failure().message()).isEqualTo("row is not a JSON object");
    assertThat(rows.get(3).raw().title()).isEqualTo("Baker");
    assertThat(rows.get(3).raw().description()).isEqualTo("Bake");
  }

  @Test
  void aJsonArrayIsStreamedElementByElement() throws IOException {
    List<TableRow> rows = read(TableFormat.JSON_ARRAY, "[{\"title\":\"Chef\",\"locations\":"
        + "[\"Paris\",\"Lyon\"]},{\"title\":\"Nurse\"}, {\"title\": ]");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).raw().locations()).containsExactly("Paris; Lyon");
    assertThat(rows.get(1).raw().title()).isEqualTo("Nurse");
    assertThat(rows.get(2).failure().message()).startsWith("malformed JSON: ")
        .endsWith("; the rest of the array was not read");
  }

  @Test
  void rowsAreReadOneAtATimeFromAStreamOfAnySize() {
    // 200,000 rows that are never all in memory: the stream is generated as it is read
    byte[] row = "Chef,\"Cook, clean\nand serve\"\n".getBytes(StandardCharsets.UTF_8);
    InputStream header = new ByteArrayInputStream("title,description\n".getBytes());
    InputStream body = new SequenceInputStream(new Enumeration<InputStream>() {
      int left = 200_000;

      @Override
      public boolean hasMoreElements() {
        return left > 0;
      }

      @Override
      public InputStream nextElement() {
        left--;
        return new ByteArrayInputStream(row);
      }
    });
    long count = 0;
    TableReader r = TableReader.open(new SequenceInputStream(header, body), TableFormat.CSV,
        TableColumns.standard(), "generated");
    while (r.hasNext()) {
      assertThat(r.next().raw().description()).isEqualTo("Cook, clean\nand serve");
      count++;
    }
    assertThat(count).isEqualTo(200_000);
  }

  @Test
  void theKaggleFileGivesOneRowPerPostingWithItsJobId() throws IOException {
    var file = Corpus.file("kaggle-linkedin-postings-koriralex/postings_head1000.csv");
    List<TableRow> rows = new ArrayList<>();
    try (TableReader r = TableReader.open(Files.newInputStream(file), TableFormat.CSV,
        TableColumns.standard(), file.toString())) {
      r.forEachRemaining(rows::add);
    }
    assertThat(rows).hasSize(1000).allMatch(row -> row.raw() != null);
    assertThat(rows.get(0).raw().jobId()).isEqualTo("921716");
    assertThat(rows.get(0).raw().title()).isEqualTo("Marketing Coordinator");
    assertThat(rows.get(1).raw().pay()).hasSize(1);
  }
}
