package io.github.jobnorm.source.ats;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobnorm.internal.Figures;
import io.github.jobnorm.internal.JsonFields;
import io.github.jobnorm.source.RawPay;
import io.github.jobnorm.source.RawPosting;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Reads Greenhouse's public job board API: one job ({@code /v1/boards/TOKEN/jobs/ID}) or the
 * jobs list ({@code /v1/boards/TOKEN/jobs?content=true}). The {@code content} is HTML that
 * Greenhouse entity-escapes; {@code pay_input_ranges} are in cents and become major units.
 * Greenhouse states no pay period, so the normalizer infers it from magnitude and says so.
 */
public final class GreenhouseParser extends AtsFeedParser {
  private static final BigDecimal CENTS = BigDecimal.valueOf(100);

  /** A parser of Greenhouse job board responses. */
  public GreenhouseParser() {
    super("greenhouse", "jobs", GreenhouseParser::isJob);
  }

  private static boolean isJob(JsonNode node) {
    return hasAll(node, "id", "title", "absolute_url")
        && (node.has("internal_job_id") || node.has("requisition_id") || node.has("location"));
  }

  @Override
  void read(JsonNode job, RawPosting.Builder b) {
    b.jobId(JsonFields.text(job, "id"))
        .url(JsonFields.text(job, "absolute_url"))
        .title(JsonFields.text(job, "title"))
        .company(JsonFields.text(job, "company_name"))
        .postedAt(JsonFields.text(job, "first_published"));
    String location = JsonFields.text(job.path("location"), "name");
    if (location != null) {
      b.location(location);
    } else {
      for (JsonNode office : job.path("offices")) {
        b.location(JsonFields.firstText(office, "location", "name"));
      }
    }
    b.markupDescription(JsonFields.text(job, "content"));
    for (JsonNode range : job.path("pay_input_ranges")) {
      BigDecimal min = cents(range.get("min_cents"));
      BigDecimal max = cents(range.get("max_cents"));
      if (min != null || max != null) {
        b.pay(new RawPay(min, max, JsonFields.text(range, "currency_type"), null, null));
      }
    }
    for (JsonNode field : job.path("metadata")) {
      String name = JsonFields.text(field, "name");
      String value = JsonFields.text(field, "value");
      if (name == null || value == null) {
        continue;
      }
      String n = name.toLowerCase(Locale.ROOT);
      if (n.contains("employment type") || n.equals("job type")) {
        b.employmentType(value);
      } else if (n.contains("workplace") || n.contains("location type")) {
        b.workplaceType(value);
      }
    }
  }

  private static BigDecimal cents(JsonNode node) {
    BigDecimal c = Figures.decimal(node);
    return c == null ? null : c.divide(CENTS);
  }
}
