package io.github.jobnorm.source.ats;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobnorm.internal.Figures;
import io.github.jobnorm.internal.JsonFields;
import io.github.jobnorm.internal.Markup;
import io.github.jobnorm.source.DescriptionFormat;
import io.github.jobnorm.source.RawPay;
import io.github.jobnorm.source.RawPosting;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Reads Lever's postings API ({@code /v0/postings/SITE?mode=json}, a bare list, or one posting).
 * The description is rebuilt as the hosted page shows it: the description, each of the {@code
 * lists} under its heading, the salary description, then {@code additional}. {@code categories}
 * give location(s) and commitment; {@code salaryRange} gives pay with its {@code interval}.
 * Lever does not name the company; the normalizer infers it from the text when it can.
 */
public final class LeverParser extends AtsFeedParser {
  /** A parser of Lever postings responses. */
  public LeverParser() {
    super("lever", null, n -> hasAll(n, "id", "text", "categories", "hostedUrl"));
  }

  @Override
  void read(JsonNode job, RawPosting.Builder b) {
    b.jobId(JsonFields.text(job, "id"))
        .url(JsonFields.text(job, "hostedUrl"))
        .title(JsonFields.text(job, "text"));
    JsonNode categories = job.path("categories");
    if (JsonFields.hasArray(categories, "allLocations")) {
      categories.get("allLocations").forEach(l -> b.location(JsonFields.scalar(l)));
    } else {
      b.location(JsonFields.text(categories, "location"));
    }
    b.employmentType(JsonFields.text(categories, "commitment"));
    String workplace = JsonFields.text(job, "workplaceType");
    if (workplace != null && !workplace.equalsIgnoreCase("unspecified")) {
      b.workplaceType(workplace);
    }
    JsonNode createdAt = job.get("createdAt");
    if (createdAt != null && createdAt.canConvertToLong()) {
      b.postedAt(Instant.ofEpochMilli(createdAt.asLong()).toString());
    }
    JsonNode salary = job.get("salaryRange");
    if (salary != null && salary.isObject()) {
      BigDecimal min = Figures.decimal(salary.get("min"));
      BigDecimal max = Figures.decimal(salary.get("max"));
      if (min != null || max != null) {
        b.pay(new RawPay(min, max, JsonFields.text(salary, "currency"),
            JsonFields.text(salary, "interval"), null));
      }
    }
    b.description(description(job), DescriptionFormat.HTML);
  }

  private static String description(JsonNode job) {
    StringBuilder html = new StringBuilder();
    String body = JsonFields.text(job, "description");
    if (body == null) {
      body = JsonFields.text(job, "descriptionPlain");
      body = body == null ? null : "<p>" + Markup.escapeText(body) + "</p>";
    }
    append(html, body);
    for (JsonNode list : job.path("lists")) {
      String heading = JsonFields.text(list, "text");
      String items = JsonFields.text(list, "content");
      if (heading != null) {
        append(html, "<h3>" + Markup.escapeText(heading) + "</h3>");
      }
      if (items != null) {
        append(html, "<ul>" + items + "</ul>");
      }
    }
    append(html, JsonFields.text(job, "salaryDescription"));
    append(html, JsonFields.text(job, "additional"));
    return html.toString();
  }

  private static void append(StringBuilder html, String part) {
    if (part != null && !part.isBlank()) {
      html.append(html.length() == 0 ? "" : "\n").append(part);
    }
  }
}
