package io.github.jobnorm.source.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableColumnsTest {

  @Test
  void everyNameInTheRuleFileMapsToItsField() throws IOException {
    int checked = 0;
    try (InputStream in = TableColumns.class.getResourceAsStream("columns.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        TableField field = TableField.byKey(line.substring(0, line.indexOf(':')));
        for (String name : line.substring(line.indexOf(':') + 1).split(",")) {
          String heading = name.strip().toUpperCase(java.util.Locale.ROOT);
          TableHeader h = TableColumns.standard().match(List.of("unrelated", heading));
          assertThat(h.fields()).as(heading).containsEntry(field, 1);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(60);
  }

  @Test
  void jobSpyAndKaggleHeadersMatchTheirColumns() {
    TableHeader jobSpy = TableColumns.standard().match(List.of("id", "site", "job_url",
        "job_url_direct", "title", "company", "location", "date_posted", "job_type", "interval",
        "min_amount", "max_amount", "currency", "is_remote", "job_level", "description"));
    assertThat(jobSpy.fields()).containsEntry(TableField.URL, 2)
        .containsEntry(TableField.PAY_PERIOD, 9).containsEntry(TableField.SENIORITY, 14);
    TableHeader kaggle = TableColumns.standard().match(List.of("job_id", "company_name", "title",
        "description", "max_salary", "pay_period", "location", "med_salary", "min_salary",
        "formatted_work_type", "original_listed_time", "remote_allowed", "job_posting_url",
        "formatted_experience_level", "listed_time", "work_type", "currency"));
    assertThat(kaggle.fields()).containsEntry(TableField.ID, 0)
        .containsEntry(TableField.COMPANY, 1).containsEntry(TableField.PAY_MAX, 4)
        .containsEntry(TableField.POSTED_AT, 14).containsEntry(TableField.EMPLOYMENT_TYPE, 9)
        .containsEntry(TableField.REMOTE, 11);
  }

  @Test
  void overridesNameOtherHeadingsCaseInsensitively() {
    TableColumns c = TableColumns.standard().withOverrides("title=Job Title, description=BODY");
    TableHeader h = c.match(List.of("Ref", "job title", "Body", "title"));
    assertThat(h.fields()).containsEntry(TableField.TITLE, 1)
        .containsEntry(TableField.DESCRIPTION, 2);
    assertThat(c.overrides()).containsEntry(TableField.TITLE, "Job Title");
  }

  @Test
  void badOverridesSayWhatIsWrong() {
    assertThatThrownBy(() -> TableColumns.standard().withOverrides("titel=Job Title"))
        .hasMessageStartingWith("unknown field 'titel'; known: id, site, url, title");
    assertThatThrownBy(() -> TableColumns.standard().withOverrides("title"))
        .hasMessage("expected field=Column Heading, got 'title'");
    assertThatThrownBy(() -> TableColumns.standard().withOverrides("title=Job Title")
        .match(List.of("Name", "Body")))
        .hasMessage("column 'Job Title' given for title is not in the header [Name, Body]");
  }
}
